/**
 * Knowledge as data, in other languages: the words servers and webmail notices use for a refusal when the text is
 * German, French, Spanish, Portuguese, Italian, Dutch, Polish, Japanese, Chinese or Russian (localized Exchange and
 * Postfix templates, Brazilian and Spanish ISPs, Japanese carriers, QQ/163-style and Yandex/Mail.ru-style notices).
 * Same shape and matching as PHRASE_RULES (lower-case substrings of the squashed text); each row carries the
 * language and an example in the style of the notices it covers. They join the rule list after the English rules,
 * ordered by reason so that narrow refusals (a block list, the sender, a missing domain) come before broad ones.
 * The rows keep the commonest wordings; other wordings of the same causes are left to the concept words of
 * localized-concepts.ts, which see object and state words within a short window.
 */
import type { ReasonId } from '../../reasons';
import type { PhraseRule } from './rules';

export interface LocalizedRule extends PhraseRule {
  /** ISO 639-1 code of the language the phrases are in. */
  language: string;
}

type Row = readonly [language: string, reason: ReasonId, slug: string, phrases: readonly string[], example: string];

const ROWS: readonly Row[] = [
  // German
  ['de', 'blocked', 'sperrliste', ['sperrliste', 'ihre ip-adresse', 'ip-adresse wurde blockiert', 'ip-adresse ist gesperrt'], '554 5.7.1 Ihre IP-Adresse 192.0.2.1 steht auf einer Sperrliste'],
  ['de', 'spamdetected', 'unerwuenscht', ['unerwünschte e-mail', 'unerwünschte nachricht', 'massenmail', 'massen-e-mail'], '550 Nachricht als unerwünschte E-Mail abgelehnt'],
  ['de', 'norelaying', 'relay', ['relaying nicht erlaubt', 'relaying verweigert'], '554 5.7.1 <bob@example.org>: Relaying nicht erlaubt'],
  ['de', 'rejected', 'absender', ['absenderadresse abgelehnt', 'absender abgelehnt', 'absender wurde abgelehnt', 'absenderadresse ungültig'], '553 Absenderadresse abgelehnt'],
  ['de', 'hostunknown', 'domain', ['domäne existiert nicht', 'domain existiert nicht', 'unbekannte domäne'], '550 5.1.2 Unbekannte Domäne: example.org'],
  ['de', 'mesgtoobig', 'zu-gross', ['nachricht ist zu groß', 'nachricht zu groß', 'zu groß'], '552 Nachricht ist zu groß für dieses Postfach'],
  ['de', 'mailboxfull', 'postfach-voll', ['postfach ist voll', 'postfach voll', 'mailbox ist voll', 'ist voll'], '552 5.2.2 Das Postfach des Empfängers ist voll'],
  ['de', 'suspend', 'deaktiviert', ['konto ist deaktiviert', 'konto deaktiviert', 'ist deaktiviert'], '550 Das Konto des Empfängers ist deaktiviert'],
  ['de', 'userunknown', 'unbekannt', ['benutzer unbekannt', 'unbekannter benutzer', 'empfänger unbekannt', 'unbekannter empfänger'], '550 Benutzer unbekannt / Die E-Mail-Adresse wurde nicht gefunden'],
  // French
  ['fr', 'blocked', 'liste-noire', ['liste noire', 'liste de blocage', 'adresse ip bloquée', 'votre adresse ip'], '554 Votre adresse IP 192.0.2.1 figure sur une liste noire'],
  ['fr', 'spamdetected', 'indesirable', ['courrier indésirable', 'message indésirable', 'non sollicité', 'envoi en masse'], '550 Message refusé : courrier indésirable'],
  ['fr', 'norelaying', 'relais', ['relais refusé', 'relais interdit'], '554 5.7.1 <bob@example.org> : relais refusé'],
  ['fr', 'rejected', 'expediteur', ['expéditeur refusé', 'expéditeur rejeté', "adresse de l'expéditeur refusée"], '553 Expéditeur refusé'],
  ['fr', 'hostunknown', 'domaine', ['domaine inconnu', 'domaine introuvable'], '550 Domaine inconnu : example.org'],
  ['fr', 'mesgtoobig', 'trop-volumineux', ['trop volumineux', 'taille maximale'], '552 Message trop volumineux'],
  ['fr', 'mailboxfull', 'pleine', ['boîte aux lettres pleine', 'boite aux lettres pleine', 'boîte aux lettres est pleine', 'est pleine'], '552 5.2.2 La boîte aux lettres du destinataire est pleine'],
  ['fr', 'suspend', 'desactive', ['compte désactivé', 'compte suspendu', 'est désactivé'], '550 Ce compte est désactivé'],
  ['fr', 'userunknown', 'inconnu', ['utilisateur inconnu', 'destinataire inconnu', 'adresse inconnue', 'adresse introuvable'], "550 5.1.1 Utilisateur inconnu / l'adresse n'existe pas"],
  // Spanish
  ['es', 'blocked', 'lista-negra', ['lista negra', 'ip bloqueada', 'dirección ip bloqueada'], '554 Su dirección IP 192.0.2.1 está en una lista negra'],
  ['es', 'spamdetected', 'no-deseado', ['correo no deseado', 'no solicitado', 'correo masivo'], '550 Mensaje rechazado por ser correo no deseado'],
  ['es', 'norelaying', 'relay', ['relay no permitido', 'retransmisión denegada'], '554 Relay no permitido'],
  ['es', 'rejected', 'remitente', ['remitente rechazado', 'remitente no permitido', 'remitente no válido'], '553 Remitente rechazado'],
  ['es', 'hostunknown', 'dominio', ['dominio no existe', 'dominio inexistente'], '550 El dominio no existe'],
  ['es', 'mesgtoobig', 'demasiado-grande', ['demasiado grande', 'tamaño máximo'], '552 El mensaje es demasiado grande'],
  ['es', 'mailboxfull', 'lleno', ['buzón lleno', 'buzón está lleno', 'está lleno'], '552 El buzón del destinatario está lleno'],
  ['es', 'suspend', 'desactivada', ['cuenta desactivada', 'cuenta suspendida', 'por falta de uso'], '550 La cuenta ha expirado por falta de uso'],
  ['es', 'userunknown', 'desconocido', ['usuario desconocido', 'usuario no existe', 'usuario inexistente', 'destinatario desconocido', 'dirección no existe'], '550 5.1.1 Usuario desconocido / la dirección no existe'],
  // Portuguese (Brazilian servers often drop the accents)
  ['pt', 'blocked', 'lista-negra', ['lista negra', 'ip bloqueado', 'endereço ip bloqueado'], '554 Seu IP 192.0.2.1 está em uma lista negra'],
  ['pt', 'spamdetected', 'nao-solicitada', ['lixo eletrônico', 'não solicitada', 'nao solicitada', 'envio em massa'], '550 Mensagem recusada: mensagem não solicitada'],
  ['pt', 'norelaying', 'relay', ['relay não permitido', 'relay nao permitido'], '554 Relay não permitido'],
  ['pt', 'rejected', 'remetente', ['remetente rejeitado', 'remetente recusado', 'remetente não permitido'], '553 Remetente rejeitado'],
  ['pt', 'hostunknown', 'dominio', ['domínio não existe', 'domínio inexistente'], '550 Domínio inexistente'],
  ['pt', 'mesgtoobig', 'muito-grande', ['mensagem muito grande', 'muito grande'], '552 Mensagem muito grande'],
  ['pt', 'mailboxfull', 'cheia', ['caixa postal cheia', 'caixa de correio cheia', 'caixa cheia', 'está cheia'], '552 A caixa postal do destinatário está cheia'],
  ['pt', 'suspend', 'desativada', ['conta desativada', 'conta suspensa'], '550 Conta desativada'],
  ['pt', 'userunknown', 'desconhecido', ['usuário desconhecido', 'usuario desconhecido', 'utilizador desconhecido', 'usuário inexistente', 'endereço não encontrado'], '550 5.1.1 Usuário desconhecido / endereço não encontrado'],
  // Italian
  ['it', 'blocked', 'lista-nera', ['lista nera', 'ip bloccato', 'indirizzo ip bloccato'], '554 Il tuo IP 192.0.2.1 è in lista nera'],
  ['it', 'spamdetected', 'indesiderata', ['posta indesiderata', 'non sollecitata', 'invio massivo'], '550 Messaggio rifiutato: posta indesiderata'],
  ['it', 'norelaying', 'relay', ['relay non permesso', 'relay non consentito'], '554 Relay non consentito'],
  ['it', 'rejected', 'mittente', ['mittente rifiutato', 'mittente non autorizzato', 'mittente non valido'], '553 Mittente rifiutato'],
  ['it', 'hostunknown', 'dominio', ['dominio inesistente', 'dominio sconosciuto'], '550 Dominio inesistente'],
  ['it', 'mesgtoobig', 'troppo-grande', ['troppo grande', 'dimensione massima'], '552 Il messaggio è troppo grande'],
  ['it', 'mailboxfull', 'piena', ['casella piena', 'casella di posta piena', 'casella di posta è piena', 'è piena'], '552 5.2.2 La casella di posta del destinatario è piena'],
  ['it', 'suspend', 'disattivato', ['account disattivato', 'account sospeso'], '550 Account disattivato'],
  ['it', 'userunknown', 'sconosciuto', ['utente sconosciuto', 'utente inesistente', 'utente non esiste', 'destinatario sconosciuto', 'indirizzo inesistente'], '550 5.1.1 Utente sconosciuto / indirizzo inesistente'],
  // Dutch
  ['nl', 'blocked', 'zwarte-lijst', ['zwarte lijst', 'ip-adres is geblokkeerd', 'ip-adres geblokkeerd'], '554 Uw IP-adres 192.0.2.1 staat op een zwarte lijst'],
  ['nl', 'spamdetected', 'ongewenst', ['ongewenste e-mail', 'ongevraagde e-mail', 'bulkmail'], '550 Bericht geweigerd: ongewenste e-mail'],
  ['nl', 'norelaying', 'relay', ['relay niet toegestaan', 'relaying niet toegestaan'], '554 Relaying niet toegestaan'],
  ['nl', 'rejected', 'afzender', ['afzender geweigerd', 'afzender is geweigerd', 'afzenderadres geweigerd'], '553 Afzender geweigerd'],
  ['nl', 'hostunknown', 'domein', ['domein bestaat niet', 'onbekend domein'], '550 Domein bestaat niet'],
  ['nl', 'mesgtoobig', 'te-groot', ['bericht is te groot', 'bericht te groot', 'te groot'], '552 Bericht is te groot'],
  ['nl', 'mailboxfull', 'vol', ['postvak is vol', 'postvak vol', 'mailbox is vol', 'ontvanger is vol'], '552 5.2.2 Het postvak van de ontvanger is vol'],
  ['nl', 'suspend', 'uitgeschakeld', ['account is uitgeschakeld', 'account uitgeschakeld'], '550 Account is uitgeschakeld'],
  ['nl', 'userunknown', 'onbekend', ['gebruiker onbekend', 'onbekende gebruiker', 'ontvanger onbekend', 'onbekende ontvanger', 'adres bestaat niet'], '550 5.1.1 Gebruiker onbekend / adres bestaat niet'],
  // Polish (servers sometimes drop the diacritics)
  ['pl', 'blocked', 'czarna-lista', ['czarna lista', 'czarnej liście', 'czarnej liscie', 'adres ip zablokowany', 'adres ip został zablokowany'], '554 Adres IP 192.0.2.1 znajduje się na czarnej liście'],
  ['pl', 'spamdetected', 'niechciana', ['niechciana poczta', 'niechciana wiadomość', 'masowa wysyłka'], '550 Wiadomość odrzucona: niechciana poczta'],
  ['pl', 'norelaying', 'relay', ['przekazywanie niedozwolone', 'relay niedozwolony'], '554 Przekazywanie niedozwolone'],
  ['pl', 'rejected', 'nadawca', ['nadawca odrzucony', 'odrzucono nadawcę', 'nieprawidłowy nadawca'], '553 Nadawca odrzucony'],
  ['pl', 'hostunknown', 'domena', ['domena nie istnieje', 'nieznana domena'], '550 Domena nie istnieje'],
  ['pl', 'mesgtoobig', 'zbyt-duza', ['zbyt duża', 'zbyt duza'], '552 Wiadomość jest zbyt duża'],
  ['pl', 'mailboxfull', 'pelna', ['skrzynka jest pełna', 'skrzynka jest pelna', 'jest pełna'], '552 5.2.2 Skrzynka odbiorcy jest pełna'],
  ['pl', 'suspend', 'zablokowane', ['konto zablokowane', 'konto zawieszone'], '550 Konto zablokowane'],
  ['pl', 'userunknown', 'nieznany', ['nieznany użytkownik', 'nieznany uzytkownik', 'użytkownik nie istnieje', 'uzytkownik nie istnieje', 'adres nie istnieje'], '550 5.1.1 Nieznany użytkownik / adres nie istnieje'],
  // Japanese (carriers, ISPs, localized Exchange)
  ['ja', 'blocked', 'blacklist', ['ブラックリスト', 'ブロックリスト'], '554 送信元IPアドレスがブラックリストに登録されています'],
  ['ja', 'spamdetected', 'meiwaku', ['迷惑メール', 'スパム'], '550 迷惑メールと判定されたため受信を拒否しました'],
  ['ja', 'filtered', 'jushin-kyohi', ['受信拒否'], '550 受信者の受信拒否設定により配信できませんでした'],
  ['ja', 'norelaying', 'chukei', ['中継は許可されていません', '中継拒否'], '554 中継は許可されていません'],
  ['ja', 'hostunknown', 'domain', ['ドメインが存在しません', 'ドメインが見つかりません'], '550 宛先のドメインが存在しません'],
  ['ja', 'mesgtoobig', 'size', ['サイズが大きすぎ', 'サイズ超過'], '552 メールのサイズが大きすぎます'],
  ['ja', 'mailboxfull', 'yoryo', ['メールボックスがいっぱい', 'メールボックスが一杯', '容量の上限'], '552 受信者のメールボックスがいっぱいです'],
  ['ja', 'suspend', 'teishi', ['アカウントが停止', '利用停止'], '550 このアカウントは利用停止中です'],
  ['ja', 'userunknown', 'fumei', ['宛先不明', 'ユーザーが存在しません', 'ユーザが存在しません', 'ユーザーが見つかりません', 'アドレスが存在しません'], '550 宛先のメールアドレスが存在しません'],
  // Chinese (simplified and traditional; QQ/163-style webmail notices)
  ['zh', 'blocked', 'heimingdan', ['黑名单', '黑名單', 'ip被封'], '554 发件IP 192.0.2.1 已被列入黑名单'],
  ['zh', 'spamdetected', 'laji', ['垃圾邮件', '垃圾郵件'], '550 邮件被判定为垃圾邮件'],
  ['zh', 'filtered', 'jushou', ['拒收', '拒信'], '550 收件人已设置拒收该发件人的邮件'],
  ['zh', 'norelaying', 'zhongji', ['不允许转发', '拒绝转发', '不允许中继'], '554 不允许中继'],
  ['zh', 'hostunknown', 'yuming', ['域名不存在', '找不到域名'], '550 收件人域名不存在'],
  ['zh', 'mesgtoobig', 'guoda', ['邮件过大', '邮件太大', '邮件大小超过'], '552 邮件大小超过限制'],
  ['zh', 'mailboxfull', 'yiman', ['邮箱已满', '邮箱满', '空间不足'], '552 收件人邮箱空间不足'],
  ['zh', 'suspend', 'dongjie', ['已被冻结', '已冻结'], '550 收件人帐户已被冻结'],
  ['zh', 'userunknown', 'bucunzai', ['用户不存在', '用戶不存在', '收件人不存在', '邮箱不存在'], '550 收件人不存在 / 用户不存在'],
  // Russian (Yandex/Mail.ru-style notices, localized Exim and Postfix)
  ['ru', 'blocked', 'chernyj-spisok', ['черный список', 'чёрный список', 'черном списке', 'чёрном списке', 'ip-адрес заблокирован', 'ваш ip'], '554 IP-адрес 192.0.2.1 находится в черном списке'],
  ['ru', 'spamdetected', 'spam', ['спам', 'нежелательная почта', 'нежелательное письмо', 'массовая рассылка'], '550 Письмо отклонено как спам'],
  ['ru', 'norelaying', 'relay', ['релей запрещен', 'пересылка запрещена', 'ретрансляция запрещена'], '554 Ретрансляция запрещена'],
  ['ru', 'rejected', 'otpravitel', ['отправитель отклонен', 'отправитель отклонён', 'адрес отправителя отклонен'], '553 Отправитель отклонен'],
  ['ru', 'hostunknown', 'domen', ['домен не существует', 'домен не найден', 'домен получателя не существует'], '550 Домен получателя не существует'],
  ['ru', 'mesgtoobig', 'razmer', ['слишком большой', 'слишком большое', 'размер письма превышает'], '552 Размер письма превышает допустимый'],
  ['ru', 'mailboxfull', 'perepolnen', ['переполнен', 'ящик заполнен', 'превышена квота'], '552 Почтовый ящик получателя переполнен'],
  ['ru', 'suspend', 'zablokirovan', ['ящик заблокирован', 'аккаунт заблокирован'], '550 Почтовый ящик заблокирован'],
  ['ru', 'userunknown', 'net-polzovatelya', ['пользователь не найден', 'пользователь не существует', 'нет такого пользователя', 'такого пользователя нет', 'такого адреса нет'], '550 Пользователь не найден / такого адреса нет'],
];

/** The order reasons are tried in, narrow refusals first (as in PHRASE_RULES). */
const REASON_ORDER: readonly ReasonId[] = ['blocked', 'spamdetected', 'filtered', 'norelaying', 'rejected', 'hostunknown', 'mesgtoobig', 'mailboxfull', 'suspend', 'userunknown'];

export const LOCALIZED_RULES: readonly LocalizedRule[] = REASON_ORDER.flatMap((reason) =>
  ROWS.filter((r) => r[1] === reason).map(([language, , slug, phrases, example]) => ({ id: `${reason}/${language}-${slug}`, reason, phrases, example, language })),
);

export const LOCALIZED_PHRASE_RULES: readonly PhraseRule[] = LOCALIZED_RULES;
