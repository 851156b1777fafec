/**
 * Concept vocabularies per language, for wording no phrase table lists: a concept matches when one word of every
 * group occurs within a short window ("Die Mailbox des Empfängers wurde nicht gefunden": object "mailbox",
 * negation "nicht", verb "gefunden"). Latin and Cyrillic words are stems matched at the start of a token; Japanese
 * and Chinese terms are substrings matched within a few characters of each other. Each concept cites the kind of
 * notice it was written from; examples are in concepts.test.ts.
 */
import type { ReasonId } from '../../reasons';

/** Groups that must all occur close together; a concept has one or more such alternatives. */
export type Groups = readonly (readonly string[])[];

export interface Concept {
  language: string;
  /** "failure" for the words of a failure report, otherwise the reason the words name. */
  names: 'failure' | ReasonId;
  alternatives: readonly Groups[];
}

const c = (language: string, names: Concept['names'], ...alternatives: Groups[]): Concept => ({ language, names, alternatives });

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

export const CONCEPTS: readonly Concept[] = [
  // Failure reports: a negation near a "deliver" verb (Exim/Postfix templates, webmail and ISP notices).
  c('de', 'failure', [['nicht', 'kein', 'fehler'], ['zugestellt', 'zustell', 'übermittelt', 'ausgeliefert']], [['unzustellbar', 'fehlgeschlagen']]),
  c('fr', 'failure', [['pas', 'n', 'ne', 'impossible', 'échec', 'echec', 'erreur'], ['remis', 'délivr', 'distribu', 'livr', 'achemin', 'transmis', 'remise']]),
  c('es', 'failure', [['no', 'imposible', 'error', 'fall'], ['entreg', 'deliver', 'enviar', 'enviado']]),
  c('pt', 'failure', [['não', 'nao', 'impossível', 'impossivel', 'falha', 'erro'], ['entreg', 'enviad']]),
  c('it', 'failure', [['non', 'impossibile', 'mancato', 'mancata', 'errore'], ['recapit', 'consegn', 'inoltr']]),
  c('nl', 'failure', [['niet', 'mislukt', 'onmogelijk', 'fout'], ['afgeleverd', 'bezorgd', 'bezorg', 'aflever', 'verzonden']], [['onbestelbaar']]),
  c('pl', 'failure', [['nie', 'niemożliwe', 'błąd'], ['dostarcz', 'doręcz', 'wysłan']], [['niedostarcz']]),
  c('ru', 'failure', [['не', 'невозможно', 'ошибк'], ['доставл', 'достав', 'отправлен']], [['недоставлен']]),
  c('ja', 'failure', [['配信', '配送', '送信', '届'], ['できません', 'ませんでした', '失敗', 'エラー', '不能']]),
  c('zh', 'failure', [['送达', '投递', '发送', '送達', '傳遞', '投遞'], ['未能', '无法', '失败', '不能', '無法', '失敗']], [['退信']]),

  // Relaying refused (narrow, so first: "Relay denegado", "Weiterleitung nicht erlaubt").
  c('de', 'norelaying', [['relay', 'relaying', 'weiterleitung'], ['verweigert', 'abgelehnt', 'erlaubt', 'gestattet', 'untersagt']]),
  c('fr', 'norelaying', [['relais', 'relay', 'relayage'], ['refusé', 'interdit', 'autorisé', 'permis']]),
  c('es', 'norelaying', [['relay', 'relé', 'retransmisión', 'reenvío'], ['denegad', 'permitid', 'autorizad', 'prohibid', 'rechazad']]),
  c('pt', 'norelaying', [['relay', 'retransmissão', 'reencaminhamento'], ['negad', 'permitid', 'autorizad', 'proibid', 'recusad']]),
  c('it', 'norelaying', [['relay', 'relaying', 'inoltro'], ['negat', 'consentit', 'permess', 'autorizzat', 'rifiutat']]),
  c('nl', 'norelaying', [['relay', 'relaying', 'doorsturen'], ['geweigerd', 'toegestaan', 'verboden']]),
  c('pl', 'norelaying', [['relay', 'przekazywan'], ['odmow', 'niedozwolon', 'zabronion']]),
  c('ru', 'norelaying', [['релей', 'ретрансляц', 'пересылк', 'relay'], ['запрещен', 'запрещён', 'отклонен', 'разрешен']]),
  c('ja', 'norelaying', [['中継', 'リレー'], ['拒否', '許可されていません', 'できません']]),
  c('zh', 'norelaying', [['中继', '转发', '轉發'], ['拒绝', '不允许', '禁止', '拒絕']]),

  // The domain does not exist (before the user concepts: "domain … not found").
  c('de', 'hostunknown', [['domain', 'domäne', 'host'], ['nicht', 'unbekannt'], ['gefunden', 'existiert', 'vorhanden', 'unbekannt', 'bekannt', 'aufgelöst']]),
  c('fr', 'hostunknown', [['domaine', 'hôte'], ['introuvable', 'inconnu', 'inexistant', 'existe']]),
  c('es', 'hostunknown', [['dominio'], ['existe', 'encontr', 'desconocido', 'inexistente']]),
  c('pt', 'hostunknown', [['domínio', 'dominio'], ['existe', 'encontrad', 'desconhecido', 'inexistente']]),
  c('it', 'hostunknown', [['dominio'], ['esiste', 'trovato', 'sconosciuto', 'inesistente']]),
  c('nl', 'hostunknown', [['domein', 'domeinnaam'], ['bestaat', 'gevonden', 'onbekend']]),
  c('pl', 'hostunknown', [['domen'], ['istnieje', 'znaleziono', 'nieznan']]),
  c('ru', 'hostunknown', [['домен'], ['существует', 'найден', 'неизвестн']]),
  c('ja', 'hostunknown', [['ドメイン', 'ホスト'], ['存在しない', '存在しません', '見つかりません', '見つからない', '不明']]),
  c('zh', 'hostunknown', [['域名', '網域', '网域'], ['不存在', '找不到', '无法解析', '錯誤', '错误']]),

  // The message is too large.
  c('de', 'mesgtoobig', [['nachricht', 'e-mail', 'größe', 'grösse'], ['groß', 'gross', 'überschreitet', 'maximal', 'zulässig']]),
  c('fr', 'mesgtoobig', [['message', 'taille'], ['volumineux', 'dépasse', 'maximale', 'trop']]),
  c('es', 'mesgtoobig', [['mensaje', 'tamaño'], ['grande', 'excede', 'máximo', 'supera']]),
  c('pt', 'mesgtoobig', [['mensagem', 'tamanho'], ['grande', 'excede', 'máximo', 'ultrapassa']]),
  c('it', 'mesgtoobig', [['messaggio', 'dimensione'], ['grande', 'supera', 'massima']]),
  c('nl', 'mesgtoobig', [['bericht', 'grootte'], ['groot', 'overschrijdt', 'maximale']]),
  c('pl', 'mesgtoobig', [['wiadomoś', 'rozmiar'], ['duża', 'duza', 'przekracza', 'maksymaln']]),
  c('ru', 'mesgtoobig', [['сообщени', 'письм', 'размер'], ['больш', 'превыш', 'максимальн']]),
  c('ja', 'mesgtoobig', [['サイズ', '容量制限'], ['大き', '超え', '超過', '上限', '制限']]),
  c('zh', 'mesgtoobig', [['邮件大小', '邮件过', '郵件大小', '附件'], ['超过', '过大', '太大', '超出', '限制']]),

  // The mailbox is full.
  c('de', 'mailboxfull', [[...BOX.de, 'speicher', 'kontingent', 'quota'], ['voll', 'überschritten', 'erschöpft', 'ausgeschöpft', 'überfüllt']]),
  c('fr', 'mailboxfull', [[...BOX.fr, 'quota', 'espace', 'stockage'], ['pleine', 'plein', 'dépassé', 'depasse', 'dépasse', 'saturée', 'insuffisant']]),
  c('es', 'mailboxfull', [[...BOX.es, 'cuota', 'espacio'], ['lleno', 'llena', 'excedid', 'excede', 'superad', 'insuficiente', 'agotad']]),
  c('pt', 'mailboxfull', [[...BOX.pt, 'cota', 'quota', 'espaço'], ['cheia', 'cheio', 'lotad', 'excedid', 'excede', 'ultrapass', 'insuficiente', 'esgotad']]),
  c('it', 'mailboxfull', [[...BOX.it, 'quota', 'spazio'], ['piena', 'pieno', 'superat', 'esaurit', 'insufficiente']]),
  c('nl', 'mailboxfull', [[...BOX.nl, 'quotum', 'quota', 'opslag'], ['vol', 'overschreden', 'onvoldoende']]),
  c('pl', 'mailboxfull', [[...BOX.pl, 'limit', 'przydział', 'miejsc'], ['pełn', 'peln', 'przepełnion', 'przekrocz', 'brak']]),
  c('ru', 'mailboxfull', [[...BOX.ru, 'квот', 'мест'], ['переполнен', 'заполнен', 'превышен', 'недостаточно', 'закончил']]),
  c('ja', 'mailboxfull', [['メールボックス', '容量', '受信箱', '保存領域'], ['いっぱい', '一杯', '超過', 'オーバー', '不足', '上限', '満杯']]),
  c('zh', 'mailboxfull', [['邮箱', '信箱', '郵箱', '空间', '容量', '配额'], ['已满', '满了', '不足', '超出', '超过', '已滿']]),

  // The address, user or mailbox does not exist.
  c('de', 'userunknown', [BOX.de, ['nicht', 'kein'], ['gefunden', 'existiert', 'vorhanden', 'bekannt', 'gültig', 'registriert', 'verfügbar']], [BOX.de, ['unbekannt', 'ungültig', 'existiert']]),
  c('fr', 'userunknown', [BOX.fr, ['introuvable', 'inconnu', 'inexistant', 'existe', 'trouvé', 'invalide', 'indisponible']], [BOX.fr, ['pas', 'n'], ['enregistré', 'disponible']]),
  c('es', 'userunknown', [BOX.es, ['existe', 'desconocid', 'inexistente', 'encontr', 'válid', 'valid']], [BOX.es, ['no'], ['registrad', 'disponible']]),
  c('pt', 'userunknown', [BOX.pt, ['existe', 'desconhecid', 'inexistente', 'encontrad', 'inválid', 'invalid', 'indisponível', 'indisponivel']], [BOX.pt, ['não', 'nao'], ['cadastrad', 'registrad', 'disponível']]),
  c('it', 'userunknown', [BOX.it, ['esiste', 'sconosciut', 'inesistente', 'trovat', 'valido']], [BOX.it, ['non'], ['registrat', 'disponibile']]),
  c('nl', 'userunknown', [BOX.nl, ['bestaat', 'onbekend', 'gevonden', 'ongeldig']], [BOX.nl, ['niet'], ['geregistreerd', 'beschikbaar']]),
  c('pl', 'userunknown', [BOX.pl, ['istnieje', 'nieznan', 'znalez', 'nieprawidłow', 'niedostępn']], [BOX.pl, ['nie'], ['zarejestrowan']]),
  c('ru', 'userunknown', [BOX.ru, ['существует', 'найден', 'неизвестн', 'нет', 'недоступ']], [BOX.ru, ['не'], ['зарегистрирован']]),
  c('ja', 'userunknown', [['ユーザ', 'アドレス', '宛先', 'アカウント', '受信者', 'メールボックス'], ['存在しない', '存在しません', '見つかりません', '見つからない', '不明', '無効', '利用できません', 'ありません', 'いません']]),
  c('zh', 'userunknown', [['用户', '用戶', '收件人', '邮箱', '信箱', '郵箱', '帐户', '账户', '账号', '地址'], ['不存在', '找不到', '无此', '無此', '查无', '错误', '無效', '无效', '不可用']]),
  // The account is disabled, suspended or closed (after "does not exist", the stronger word when both are said).
  c('de', 'suspend', [BOX.de, ['deaktiviert', 'gesperrt', 'gelöscht', 'inaktiv', 'stillgelegt']]),
  c('fr', 'suspend', [BOX.fr, ['désactivé', 'desactive', 'suspendu', 'bloqué', 'inactif', 'fermé', 'supprimé']]),
  c('es', 'suspend', [BOX.es, ['desactivad', 'suspendid', 'deshabilitad', 'bloquead', 'inactiv', 'cancelad', 'expirad']]),
  c('pt', 'suspend', [BOX.pt, ['desativad', 'suspens', 'bloquead', 'inativ', 'cancelad', 'desabilitad']]),
  c('it', 'suspend', [BOX.it, ['disattivat', 'sospes', 'bloccat', 'inattiv', 'disabilitat', 'chius']]),
  c('nl', 'suspend', [BOX.nl, ['uitgeschakeld', 'geblokkeerd', 'opgeheven', 'inactief', 'gedeactiveerd']]),
  c('pl', 'suspend', [BOX.pl, ['zablokowan', 'zawieszon', 'nieaktywn', 'wyłączon', 'usunięt']]),
  c('ru', 'suspend', [BOX.ru, ['заблокирован', 'отключен', 'неактивн', 'заморожен']]),
  c('ja', 'suspend', [['アカウント', 'メールアドレス'], ['停止', '無効', '凍結', '解約']]),
  c('zh', 'suspend', [['帐户', '账户', '账号', '帳號', '邮箱', '用户'], ['冻结', '停用', '禁用', '锁定', '注销', '凍結', '註銷']]),

];

/** Tokens within this many of each other (Latin, Cyrillic); characters for Japanese and Chinese. */
export const TOKEN_WINDOW = 6;
export const CHAR_WINDOW = 14;
