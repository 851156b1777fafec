/**
 * Concept rules in other languages, for wording no phrase row lists (localized.ts): one word of every group within
 * a short window ("Die Mailbox des Empfängers wurde nicht gefunden": object "mailbox", negation "nicht", verb
 * "gefunden"). Same rule type and matcher as the English concepts (concepts.ts, concept-match.ts); a row is read
 * only in a report in its language. Latin and Cyrillic words are stems matched at a word's start (within six
 * words); Japanese and Chinese terms are substrings within a few characters of each other. The vocabularies come
 * from localized Exchange and Postfix templates, Exim and qmail notices, ISP and webmail notices (Brazilian,
 * Spanish, Japanese carriers, QQ/163-style, Yandex/Mail.ru-style); paraphrases in localized-concepts.test.ts and
 * whole reports in lib/bounce/fixtures/lang prove them.
 */
import type { ReasonId } from '../../reasons';
import type { ConceptPattern, ConceptRule } from './concepts';

type Groups = readonly (readonly string[])[];

/** Words apart (five between, so six positions) for stems; characters between starts for unspaced scripts. */
const STEM_WINDOW = 5;
const CHAR_WINDOW = 14;
const UNSPACED = new Set(['ja', 'zh']);

/** One row per alternative set of groups, in order; ids "<reason>/<language>-words", "-words-2"… */
function patterns(language: string, reason: string, alternatives: readonly Groups[]): ConceptPattern[] {
  const match = UNSPACED.has(language) ? 'unspaced' : 'stems';
  const window = UNSPACED.has(language) ? CHAR_WINDOW : STEM_WINDOW;
  return alternatives.map((groups, i) => ({ id: `${reason}/${language}-words${i > 0 ? `-${i + 1}` : ''}`, language, match, groups, window, examples: [] }));
}

const concept = (language: string, reason: ReasonId, ...alternatives: Groups[]): ConceptRule[] =>
  patterns(language, reason, alternatives).map((p) => ({ ...p, reason }));
const failure = (language: string, ...alternatives: Groups[]): ConceptPattern[] => patterns(language, 'failure', alternatives);

// Shared object words per language: the mailbox, the user, the address, the account, the recipient.
const BOX = {
  de: ['postfach', 'mailbox', 'konto', 'benutzer', 'empfänger', 'adresse', 'e-mail-adresse', 'emailadresse', 'nutzer'],
  fr: ['boîte', 'boite', 'compte', 'utilisateur', 'destinataire', 'adresse'],
  es: ['buzón', 'buzon', 'casilla', 'cuenta', 'usuario', 'destinatario', 'dirección', 'direccion'],
  pt: ['caixa', 'conta', 'usuário', 'usuario', 'utilizador', 'destinatário', 'destinatario', 'endereço', 'endereco'],
  it: ['casella', 'account', 'utente', 'destinatario', 'indirizzo'],
  nl: ['postvak', 'mailbox', 'account', 'gebruiker', 'ontvanger', 'adres', 'e-mailadres'],
  pl: ['skrzynk', 'kont', 'użytkownik', 'uzytkownik', 'adresat', 'odbiorc', 'adres'],
  ru: ['ящик', 'аккаунт', 'учетн', 'учётн', 'пользовател', 'получател', 'адрес', 'адресат'],
} as const;

/** Words of a failure report: a negation near a "deliver" verb (Exim/Postfix templates, webmail and ISP notices). */
export const FAILURE_CONCEPTS: readonly ConceptPattern[] = [
  failure('de', [['nicht', 'kein', 'fehler'], ['zugestellt', 'zustell', 'übermittelt', 'ausgeliefert']], [['unzustellbar', 'fehlgeschlagen']]),
  failure('fr', [['pas', 'n', 'ne', 'impossible', 'échec', 'echec', 'erreur'], ['remis', 'délivr', 'distribu', 'livr', 'achemin', 'transmis', 'remise']]),
  failure('es', [['no', 'imposible', 'error', 'fall'], ['entreg', 'deliver', 'enviar', 'enviado']]),
  failure('pt', [['não', 'nao', 'impossível', 'impossivel', 'falha', 'erro'], ['entreg', 'enviad']]),
  failure('it', [['non', 'impossibile', 'mancato', 'mancata', 'errore'], ['recapit', 'consegn', 'inoltr']]),
  failure('nl', [['niet', 'mislukt', 'onmogelijk', 'fout'], ['afgeleverd', 'bezorgd', 'bezorg', 'aflever', 'verzonden']], [['onbestelbaar']]),
  failure('pl', [['nie', 'niemożliwe', 'błąd'], ['dostarcz', 'doręcz', 'wysłan']], [['niedostarcz']]),
  failure('ru', [['не', 'невозможно', 'ошибк'], ['доставл', 'достав', 'отправлен']], [['недоставлен']]),
  failure('ja', [['配信', '配送', '送信', '届'], ['できません', 'ませんでした', '失敗', 'エラー', '不能']]),
  failure('zh', [['送达', '投递', '发送', '送達', '傳遞', '投遞'], ['未能', '无法', '失败', '不能', '無法', '失敗']], [['退信']]),
].flat();

/** Words that name a reason, narrow refusals first, as in the English table. */
export const LOCALIZED_CONCEPT_RULES: readonly ConceptRule[] = [
  // Failure reports: a negation near a "deliver" verb (Exim/Postfix templates, webmail and ISP notices).

  // Relaying refused (narrow, so first: "Relay denegado", "Weiterleitung nicht erlaubt").
  concept('de', 'norelaying', [['relay', 'relaying', 'weiterleitung'], ['verweigert', 'abgelehnt', 'erlaubt', 'gestattet', 'untersagt']]),
  concept('fr', 'norelaying', [['relais', 'relay', 'relayage'], ['refusé', 'interdit', 'autorisé', 'permis']]),
  concept('es', 'norelaying', [['relay', 'relé', 'retransmisión', 'reenvío'], ['denegad', 'permitid', 'autorizad', 'prohibid', 'rechazad']]),
  concept('pt', 'norelaying', [['relay', 'retransmissão', 'reencaminhamento'], ['negad', 'permitid', 'autorizad', 'proibid', 'recusad']]),
  concept('it', 'norelaying', [['relay', 'relaying', 'inoltro'], ['negat', 'consentit', 'permess', 'autorizzat', 'rifiutat']]),
  concept('nl', 'norelaying', [['relay', 'relaying', 'doorsturen'], ['geweigerd', 'toegestaan', 'verboden']]),
  concept('pl', 'norelaying', [['relay', 'przekazywan'], ['odmow', 'niedozwolon', 'zabronion']]),
  concept('ru', 'norelaying', [['релей', 'ретрансляц', 'пересылк', 'relay'], ['запрещен', 'запрещён', 'отклонен', 'разрешен']]),
  concept('ja', 'norelaying', [['中継', 'リレー'], ['拒否', '許可されていません', 'できません']]),
  concept('zh', 'norelaying', [['中继', '转发', '轉發'], ['拒绝', '不允许', '禁止', '拒絕']]),

  // The domain does not exist (before the user concepts: "domain … not found").
  concept('de', 'hostunknown', [['domain', 'domäne', 'host'], ['nicht', 'unbekannt'], ['gefunden', 'existiert', 'vorhanden', 'unbekannt', 'bekannt', 'aufgelöst']]),
  concept('fr', 'hostunknown', [['domaine', 'hôte'], ['introuvable', 'inconnu', 'inexistant', 'existe']]),
  concept('es', 'hostunknown', [['dominio'], ['existe', 'encontr', 'desconocido', 'inexistente']]),
  concept('pt', 'hostunknown', [['domínio', 'dominio'], ['existe', 'encontrad', 'desconhecido', 'inexistente']]),
  concept('it', 'hostunknown', [['dominio'], ['esiste', 'trovato', 'sconosciuto', 'inesistente']]),
  concept('nl', 'hostunknown', [['domein', 'domeinnaam'], ['bestaat', 'gevonden', 'onbekend']]),
  concept('pl', 'hostunknown', [['domen'], ['istnieje', 'znaleziono', 'nieznan']]),
  concept('ru', 'hostunknown', [['домен'], ['существует', 'найден', 'неизвестн']]),
  concept('ja', 'hostunknown', [['ドメイン', 'ホスト'], ['存在しない', '存在しません', '見つかりません', '見つからない', '不明']]),
  concept('zh', 'hostunknown', [['域名', '網域', '网域'], ['不存在', '找不到', '无法解析', '錯誤', '错误']]),

  // The message is too large.
  concept('de', 'mesgtoobig', [['nachricht', 'e-mail', 'größe', 'grösse'], ['groß', 'gross', 'überschreitet', 'maximal', 'zulässig']]),
  concept('fr', 'mesgtoobig', [['message', 'taille'], ['volumineux', 'dépasse', 'maximale', 'trop']]),
  concept('es', 'mesgtoobig', [['mensaje', 'tamaño'], ['grande', 'excede', 'máximo', 'supera']]),
  concept('pt', 'mesgtoobig', [['mensagem', 'tamanho'], ['grande', 'excede', 'máximo', 'ultrapassa']]),
  concept('it', 'mesgtoobig', [['messaggio', 'dimensione'], ['grande', 'supera', 'massima']]),
  concept('nl', 'mesgtoobig', [['bericht', 'grootte'], ['groot', 'overschrijdt', 'maximale']]),
  concept('pl', 'mesgtoobig', [['wiadomoś', 'rozmiar'], ['duża', 'duza', 'przekracza', 'maksymaln']]),
  concept('ru', 'mesgtoobig', [['сообщени', 'письм', 'размер'], ['больш', 'превыш', 'максимальн']]),
  concept('ja', 'mesgtoobig', [['サイズ', '容量制限'], ['大き', '超え', '超過', '上限', '制限']]),
  concept('zh', 'mesgtoobig', [['邮件大小', '邮件过', '郵件大小', '附件'], ['超过', '过大', '太大', '超出', '限制']]),

  // The mailbox is full.
  concept('de', 'mailboxfull', [[...BOX.de, 'speicher', 'kontingent', 'quota'], ['voll', 'überschritten', 'erschöpft', 'ausgeschöpft', 'überfüllt']]),
  concept('fr', 'mailboxfull', [[...BOX.fr, 'quota', 'espace', 'stockage'], ['pleine', 'plein', 'dépassé', 'depasse', 'dépasse', 'saturée', 'insuffisant']]),
  concept('es', 'mailboxfull', [[...BOX.es, 'cuota', 'espacio'], ['lleno', 'llena', 'excedid', 'excede', 'superad', 'insuficiente', 'agotad']]),
  concept('pt', 'mailboxfull', [[...BOX.pt, 'cota', 'quota', 'espaço'], ['cheia', 'cheio', 'lotad', 'excedid', 'excede', 'ultrapass', 'insuficiente', 'esgotad']]),
  concept('it', 'mailboxfull', [[...BOX.it, 'quota', 'spazio'], ['piena', 'pieno', 'superat', 'esaurit', 'insufficiente']]),
  concept('nl', 'mailboxfull', [[...BOX.nl, 'quotum', 'quota', 'opslag'], ['vol', 'overschreden', 'onvoldoende']]),
  concept('pl', 'mailboxfull', [[...BOX.pl, 'limit', 'przydział', 'miejsc'], ['pełn', 'peln', 'przepełnion', 'przekrocz', 'brak']]),
  concept('ru', 'mailboxfull', [[...BOX.ru, 'квот', 'мест'], ['переполнен', 'заполнен', 'превышен', 'недостаточно', 'закончил']]),
  concept('ja', 'mailboxfull', [['メールボックス', '容量', '受信箱', '保存領域'], ['いっぱい', '一杯', '超過', '超え', 'オーバー', '不足', '上限', '満杯']]),
  concept('zh', 'mailboxfull', [['邮箱', '信箱', '郵箱', '空间', '容量', '配额'], ['已满', '满了', '不足', '超出', '超过', '已滿']]),

  // The address, user or mailbox does not exist.
  concept('de', 'userunknown', [BOX.de, ['nicht', 'kein'], ['gefunden', 'existiert', 'vorhanden', 'bekannt', 'gültig', 'registriert', 'verfügbar']], [BOX.de, ['unbekannt', 'ungültig', 'existiert']]),
  concept('fr', 'userunknown', [BOX.fr, ['introuvable', 'inconnu', 'inexistant', 'existe', 'trouvé', 'invalide', 'indisponible']], [BOX.fr, ['pas', 'n'], ['enregistré', 'disponible']]),
  concept('es', 'userunknown', [BOX.es, ['existe', 'desconocid', 'inexistente', 'encontr', 'válid', 'valid']], [BOX.es, ['no'], ['registrad', 'disponible']]),
  concept('pt', 'userunknown', [BOX.pt, ['existe', 'desconhecid', 'inexistente', 'encontrad', 'inválid', 'invalid', 'indisponível', 'indisponivel']], [BOX.pt, ['não', 'nao'], ['cadastrad', 'registrad', 'disponível']]),
  concept('it', 'userunknown', [BOX.it, ['esiste', 'sconosciut', 'inesistente', 'trovat', 'valido']], [BOX.it, ['non'], ['registrat', 'disponibile']]),
  concept('nl', 'userunknown', [BOX.nl, ['bestaat', 'onbekend', 'gevonden', 'ongeldig']], [BOX.nl, ['niet'], ['geregistreerd', 'beschikbaar']]),
  concept('pl', 'userunknown', [BOX.pl, ['istnieje', 'nieznan', 'znalez', 'nieprawidłow', 'niedostępn']], [BOX.pl, ['nie'], ['zarejestrowan']]),
  concept('ru', 'userunknown', [BOX.ru, ['существует', 'найден', 'неизвестн', 'нет', 'недоступ']], [BOX.ru, ['не'], ['зарегистрирован']]),
  concept('ja', 'userunknown', [['ユーザ', 'アドレス', '宛先', 'アカウント', '受信者', 'メールボックス'], ['存在しない', '存在しません', '見つかりません', '見つからない', '不明', '無効', '利用できません', 'ありません', 'いません']]),
  concept('zh', 'userunknown', [['用户', '用戶', '收件人', '邮箱', '信箱', '郵箱', '帐户', '账户', '账号', '地址'], ['不存在', '找不到', '无此', '無此', '查无', '错误', '無效', '无效', '不可用']]),
  // The account is disabled, suspended or closed (after "does not exist", the stronger word when both are said).
  concept('de', 'suspend', [BOX.de, ['deaktiviert', 'gesperrt', 'gelöscht', 'inaktiv', 'stillgelegt']]),
  concept('fr', 'suspend', [BOX.fr, ['désactivé', 'desactive', 'suspendu', 'bloqué', 'inactif', 'fermé', 'supprimé']]),
  concept('es', 'suspend', [BOX.es, ['desactivad', 'suspendid', 'deshabilitad', 'bloquead', 'inactiv', 'cancelad', 'expirad']]),
  concept('pt', 'suspend', [BOX.pt, ['desativad', 'suspens', 'bloquead', 'inativ', 'cancelad', 'desabilitad']]),
  concept('it', 'suspend', [BOX.it, ['disattivat', 'sospes', 'bloccat', 'inattiv', 'disabilitat', 'chius']]),
  concept('nl', 'suspend', [BOX.nl, ['uitgeschakeld', 'geblokkeerd', 'opgeheven', 'inactief', 'gedeactiveerd']]),
  concept('pl', 'suspend', [BOX.pl, ['zablokowan', 'zawieszon', 'nieaktywn', 'wyłączon', 'usunięt']]),
  concept('ru', 'suspend', [BOX.ru, ['заблокирован', 'отключен', 'неактивн', 'заморожен']]),
  concept('ja', 'suspend', [['アカウント', 'メールアドレス'], ['停止', '無効', '凍結', '解約']]),
  concept('zh', 'suspend', [['帐户', '账户', '账号', '帳號', '邮箱', '用户'], ['冻结', '停用', '禁用', '锁定', '注销', '凍結', '註銷']]),
].flat();
