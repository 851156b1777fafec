/**
 * Knowledge as data, in other languages: the words servers and webmail notices use for a refusal when the text is
 * German, French, Spanish, Portuguese, Italian, Dutch, Polish, Japanese, Chinese or Russian (localized Exchange and
 * Postfix templates, Brazilian and Spanish ISPs, Japanese carriers, QQ/163-style and Yandex/Mail.ru-style notices).
 * Same shape and matching as PHRASE_RULES (lower-case substrings of the squashed text); each row carries the
 * language and an example in the style of the notices it covers. They join the rule list after the English rules,
 * ordered by reason so that narrow refusals (a block list, the sender, a missing domain) come before broad ones.
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
  ['de', 'norelaying', 'relay', ['relaying nicht erlaubt', 'relaying verweigert', 'weiterleitung nicht erlaubt', 'relay nicht erlaubt'], '554 5.7.1 <bob@example.org>: Relaying nicht erlaubt'],
  ['de', 'rejected', 'absender', ['absenderadresse abgelehnt', 'absender abgelehnt', 'absender wurde abgelehnt', 'absenderadresse ungültig'], '553 Absenderadresse abgelehnt'],
  ['de', 'hostunknown', 'domain', ['domäne existiert nicht', 'domain existiert nicht', 'domäne wurde nicht gefunden', 'domain wurde nicht gefunden', 'unbekannte domäne', 'unbekannte domain', 'host nicht gefunden'], '550 5.1.2 Unbekannte Domäne: example.org'],
  ['de', 'mesgtoobig', 'zu-gross', ['nachricht ist zu groß', 'nachricht zu groß', 'zu groß', 'größenbeschränkung', 'maximale nachrichtengröße', 'maximale größe'], '552 Nachricht ist zu groß für dieses Postfach'],
  ['de', 'mailboxfull', 'postfach-voll', ['postfach ist voll', 'postfach voll', 'mailbox ist voll', 'ist voll', 'speicherplatz', 'speicherkontingent', 'kontingent überschritten', 'quota überschritten', 'postfachgröße überschritten'], '552 5.2.2 Das Postfach des Empfängers ist voll'],
  ['de', 'suspend', 'deaktiviert', ['konto ist deaktiviert', 'konto deaktiviert', 'konto wurde deaktiviert', 'ist deaktiviert', 'wurde deaktiviert', 'postfach ist deaktiviert', 'postfach deaktiviert', 'konto gesperrt', 'postfach gesperrt', 'nicht mehr aktiv', 'konto ist inaktiv'], '550 Das Konto des Empfängers ist deaktiviert'],
  ['de', 'userunknown', 'unbekannt', ['benutzer unbekannt', 'unbekannter benutzer', 'empfänger unbekannt', 'unbekannter empfänger', 'empfängeradresse unbekannt', 'adresse unbekannt', 'kein solcher benutzer', 'ungültige empfängeradresse', 'ungültiger empfänger', 'adresse nicht gefunden', 'postfach nicht vorhanden', 'empfänger nicht vorhanden'], '550 Benutzer unbekannt / Die E-Mail-Adresse wurde nicht gefunden'],
  // French
  ['fr', 'blocked', 'liste-noire', ['liste noire', 'liste de blocage', 'adresse ip bloquée', 'votre adresse ip'], '554 Votre adresse IP 192.0.2.1 figure sur une liste noire'],
  ['fr', 'spamdetected', 'indesirable', ['courrier indésirable', 'message indésirable', 'non sollicité', 'envoi en masse'], '550 Message refusé : courrier indésirable'],
  ['fr', 'norelaying', 'relais', ['relais refusé', 'relais interdit', 'relais non autorisé'], '554 5.7.1 <bob@example.org> : relais refusé'],
  ['fr', 'rejected', 'expediteur', ['expéditeur refusé', 'expéditeur rejeté', "adresse de l'expéditeur refusée"], '553 Expéditeur refusé'],
  ['fr', 'hostunknown', 'domaine', ['domaine inconnu', 'domaine introuvable', "domaine n'existe pas", 'domaine inexistant', 'hôte inconnu'], '550 Domaine inconnu : example.org'],
  ['fr', 'mesgtoobig', 'trop-volumineux', ['trop volumineux', 'taille maximale', 'taille du message dépasse'], '552 Message trop volumineux'],
  ['fr', 'mailboxfull', 'pleine', ['boîte aux lettres pleine', 'boite aux lettres pleine', 'boîte aux lettres est pleine', 'boîte de réception est pleine', 'boîte pleine', 'quota dépassé', 'dépassement de quota', 'espace de stockage', 'est pleine'], '552 5.2.2 La boîte aux lettres du destinataire est pleine'],
  ['fr', 'suspend', 'desactive', ['compte désactivé', 'compte suspendu', 'est désactivé', 'a été désactivé', 'est suspendu', 'a été suspendu', 'compte bloqué', 'compte inactif', 'boîte aux lettres désactivée', "n'est plus actif", "n'est plus active"], '550 Ce compte est désactivé'],
  ['fr', 'userunknown', 'inconnu', ['utilisateur inconnu', 'destinataire inconnu', 'adresse inconnue', 'adresse introuvable', 'adresse est introuvable', 'destinataire introuvable', 'utilisateur introuvable', "n'a pas été trouvé", 'compte inexistant', 'boîte aux lettres inexistante', 'boite aux lettres inexistante', 'adresse invalide'], "550 5.1.1 Utilisateur inconnu / l'adresse n'existe pas"],
  // Spanish
  ['es', 'blocked', 'lista-negra', ['lista negra', 'ip bloqueada', 'dirección ip bloqueada'], '554 Su dirección IP 192.0.2.1 está en una lista negra'],
  ['es', 'spamdetected', 'no-deseado', ['correo no deseado', 'no solicitado', 'correo masivo'], '550 Mensaje rechazado por ser correo no deseado'],
  ['es', 'norelaying', 'relay', ['relay no permitido', 'retransmisión denegada', 'reenvío no permitido', 'no se permite el relay'], '554 Relay no permitido'],
  ['es', 'rejected', 'remitente', ['remitente rechazado', 'remitente no permitido', 'remitente no válido'], '553 Remitente rechazado'],
  ['es', 'hostunknown', 'dominio', ['dominio no existe', 'dominio inexistente', 'dominio desconocido', 'no se encontró el dominio'], '550 El dominio no existe'],
  ['es', 'mesgtoobig', 'demasiado-grande', ['demasiado grande', 'tamaño máximo', 'excede el tamaño'], '552 El mensaje es demasiado grande'],
  ['es', 'mailboxfull', 'lleno', ['buzón lleno', 'buzón está lleno', 'está lleno', 'esta lleno', 'casilla llena', 'está llena', 'casilla está llena', 'cuota excedida', 'excede la cuota', 'excedido su cuota', 'espacio insuficiente', 'sin espacio'], '552 El buzón del destinatario está lleno'],
  ['es', 'suspend', 'desactivada', ['cuenta desactivada', 'cuenta suspendida', 'cuenta deshabilitada', 'cuenta inactiva', 'cuenta bloqueada', 'buzón deshabilitado', 'casilla deshabilitada', 'por falta de uso'], '550 La cuenta ha expirado por falta de uso'],
  ['es', 'userunknown', 'desconocido', ['usuario desconocido', 'usuario no existe', 'usuario inexistente', 'destinatario desconocido', 'destinatario no existe', 'dirección no existe', 'cuenta no existe', 'no existe la cuenta', 'no se encontró la dirección', 'no se ha encontrado la dirección', 'no se encontró a', 'no se ha encontrado a', 'buzón no existe', 'buzón inexistente', 'casilla inexistente'], '550 5.1.1 Usuario desconocido / la dirección no existe'],
  // Portuguese (Brazilian servers often drop the accents)
  ['pt', 'blocked', 'lista-negra', ['lista negra', 'ip bloqueado', 'endereço ip bloqueado'], '554 Seu IP 192.0.2.1 está em uma lista negra'],
  ['pt', 'spamdetected', 'nao-solicitada', ['lixo eletrônico', 'não solicitada', 'nao solicitada', 'envio em massa'], '550 Mensagem recusada: mensagem não solicitada'],
  ['pt', 'norelaying', 'relay', ['relay não permitido', 'relay nao permitido', 'relay negado', 'retransmissão negada'], '554 Relay não permitido'],
  ['pt', 'rejected', 'remetente', ['remetente rejeitado', 'remetente recusado', 'remetente não permitido'], '553 Remetente rejeitado'],
  ['pt', 'hostunknown', 'dominio', ['domínio não existe', 'domínio inexistente', 'domínio desconhecido', 'domínio não encontrado', 'dominio nao existe', 'dominio inexistente'], '550 Domínio inexistente'],
  ['pt', 'mesgtoobig', 'muito-grande', ['mensagem muito grande', 'muito grande', 'tamanho máximo', 'excede o tamanho'], '552 Mensagem muito grande'],
  ['pt', 'mailboxfull', 'cheia', ['caixa postal cheia', 'caixa de correio cheia', 'caixa cheia', 'está cheia', 'esta cheia', 'cota excedida', 'quota excedida', 'excedeu a cota', 'espaço insuficiente', 'lotada'], '552 A caixa postal do destinatário está cheia'],
  ['pt', 'suspend', 'desativada', ['conta desativada', 'conta suspensa', 'conta bloqueada', 'conta inativa', 'caixa postal desativada', 'usuário bloqueado', 'usuario bloqueado'], '550 Conta desativada'],
  ['pt', 'userunknown', 'desconhecido', ['usuário desconhecido', 'usuario desconhecido', 'utilizador desconhecido', 'usuário inexistente', 'usuario inexistente', 'destinatário desconhecido', 'destinatário inexistente', 'destinatario inexistente', 'endereço não existe', 'endereço não encontrado', 'endereço não foi encontrado', 'endereco nao encontrado', 'não foi encontrado', 'nao foi encontrado', 'conta não existe', 'caixa postal inexistente', 'não existe', 'nao existe'], '550 5.1.1 Usuário desconhecido / endereço não encontrado'],
  // Italian
  ['it', 'blocked', 'lista-nera', ['lista nera', 'ip bloccato', 'indirizzo ip bloccato'], '554 Il tuo IP 192.0.2.1 è in lista nera'],
  ['it', 'spamdetected', 'indesiderata', ['posta indesiderata', 'non sollecitata', 'invio massivo'], '550 Messaggio rifiutato: posta indesiderata'],
  ['it', 'norelaying', 'relay', ['relay non permesso', 'relay non consentito', 'inoltro non consentito', 'relaying negato'], '554 Relay non consentito'],
  ['it', 'rejected', 'mittente', ['mittente rifiutato', 'mittente non autorizzato', 'mittente non valido'], '553 Mittente rifiutato'],
  ['it', 'hostunknown', 'dominio', ['dominio inesistente', 'dominio sconosciuto', 'dominio non esiste', 'dominio non trovato'], '550 Dominio inesistente'],
  ['it', 'mesgtoobig', 'troppo-grande', ['troppo grande', 'dimensione massima', 'supera la dimensione'], '552 Il messaggio è troppo grande'],
  ['it', 'mailboxfull', 'piena', ['casella piena', 'casella di posta piena', 'casella di posta è piena', 'casella è piena', 'è piena', 'quota superata', 'quota esaurita', 'spazio esaurito', 'spazio insufficiente', 'superato la quota'], '552 5.2.2 La casella di posta del destinatario è piena'],
  ['it', 'suspend', 'disattivato', ['account disattivato', 'account sospeso', 'account bloccato', 'casella disattivata', 'casella sospesa', 'utente disattivato', 'utente sospeso'], '550 Account disattivato'],
  ['it', 'userunknown', 'sconosciuto', ['utente sconosciuto', 'utente inesistente', 'utente non esiste', 'destinatario sconosciuto', 'destinatario inesistente', 'indirizzo inesistente', 'indirizzo non esiste', 'indirizzo non trovato', 'indirizzo non è stato trovato', 'non è stato trovato', 'casella inesistente', 'casella di posta inesistente'], '550 5.1.1 Utente sconosciuto / indirizzo inesistente'],
  // Dutch
  ['nl', 'blocked', 'zwarte-lijst', ['zwarte lijst', 'ip-adres is geblokkeerd', 'ip-adres geblokkeerd'], '554 Uw IP-adres 192.0.2.1 staat op een zwarte lijst'],
  ['nl', 'spamdetected', 'ongewenst', ['ongewenste e-mail', 'ongevraagde e-mail', 'bulkmail'], '550 Bericht geweigerd: ongewenste e-mail'],
  ['nl', 'norelaying', 'relay', ['relay niet toegestaan', 'relaying niet toegestaan', 'doorsturen niet toegestaan', 'relaying geweigerd'], '554 Relaying niet toegestaan'],
  ['nl', 'rejected', 'afzender', ['afzender geweigerd', 'afzender is geweigerd', 'afzenderadres geweigerd'], '553 Afzender geweigerd'],
  ['nl', 'hostunknown', 'domein', ['domein bestaat niet', 'onbekend domein', 'domein niet gevonden', 'domeinnaam bestaat niet'], '550 Domein bestaat niet'],
  ['nl', 'mesgtoobig', 'te-groot', ['bericht is te groot', 'bericht te groot', 'te groot', 'maximale grootte', 'maximale berichtgrootte'], '552 Bericht is te groot'],
  ['nl', 'mailboxfull', 'vol', ['postvak is vol', 'postvak vol', 'mailbox is vol', 'mailbox vol', 'ontvanger is vol', 'is vol ', 'is vol.', 'mailbox zit vol', 'quotum overschreden', 'quota overschreden', 'onvoldoende opslagruimte', 'opslaglimiet'], '552 5.2.2 Het postvak van de ontvanger is vol'],
  ['nl', 'suspend', 'uitgeschakeld', ['account is uitgeschakeld', 'account uitgeschakeld', 'account geblokkeerd', 'postvak uitgeschakeld', 'niet meer actief', 'account is inactief'], '550 Account is uitgeschakeld'],
  ['nl', 'userunknown', 'onbekend', ['gebruiker onbekend', 'onbekende gebruiker', 'ontvanger onbekend', 'onbekende ontvanger', 'adres bestaat niet', 'adres is niet gevonden', 'adres niet gevonden', 'ongeldig adres', 'postvak bestaat niet'], '550 5.1.1 Gebruiker onbekend / adres bestaat niet'],
  // Polish (servers sometimes drop the diacritics)
  ['pl', 'blocked', 'czarna-lista', ['czarna lista', 'czarnej liście', 'czarnej liscie', 'adres ip zablokowany', 'adres ip został zablokowany'], '554 Adres IP 192.0.2.1 znajduje się na czarnej liście'],
  ['pl', 'spamdetected', 'niechciana', ['niechciana poczta', 'niechciana wiadomość', 'masowa wysyłka'], '550 Wiadomość odrzucona: niechciana poczta'],
  ['pl', 'norelaying', 'relay', ['przekazywanie niedozwolone', 'relay niedozwolony', 'odmowa przekazywania'], '554 Przekazywanie niedozwolone'],
  ['pl', 'rejected', 'nadawca', ['nadawca odrzucony', 'odrzucono nadawcę', 'nieprawidłowy nadawca'], '553 Nadawca odrzucony'],
  ['pl', 'hostunknown', 'domena', ['domena nie istnieje', 'nieznana domena', 'nie znaleziono domeny'], '550 Domena nie istnieje'],
  ['pl', 'mesgtoobig', 'zbyt-duza', ['zbyt duża', 'zbyt duza', 'za duża', 'maksymalny rozmiar', 'przekracza dopuszczalny rozmiar'], '552 Wiadomość jest zbyt duża'],
  ['pl', 'mailboxfull', 'pelna', ['skrzynka jest pełna', 'skrzynka jest pelna', 'jest pełna', 'jest pelna', 'skrzynka pełna', 'pełna skrzynka', 'przepełniona', 'przepelniona', 'przekroczono przydział', 'przekroczony limit miejsca', 'brak miejsca'], '552 5.2.2 Skrzynka odbiorcy jest pełna'],
  ['pl', 'suspend', 'zablokowane', ['konto zablokowane', 'konto zawieszone', 'konto jest nieaktywne', 'konto nieaktywne', 'konto wyłączone', 'skrzynka zablokowana'], '550 Konto zablokowane'],
  ['pl', 'userunknown', 'nieznany', ['nieznany użytkownik', 'nieznany uzytkownik', 'użytkownik nie istnieje', 'uzytkownik nie istnieje', 'użytkownik nieznany', 'nieznany adresat', 'adresat nie istnieje', 'nieznany odbiorca', 'odbiorca nie istnieje', 'adres nie istnieje', 'konto nie istnieje', 'skrzynka nie istnieje', 'nie znaleziono adresu', 'nie znaleziono użytkownika', 'nie znaleziono adresata', 'nie znaleziono odbiorcy', 'brak takiego użytkownika', 'brak takiego konta'], '550 5.1.1 Nieznany użytkownik / adres nie istnieje'],
  // Japanese (carriers, ISPs, localized Exchange)
  ['ja', 'blocked', 'blacklist', ['ブラックリスト', 'ブロックリスト'], '554 送信元IPアドレスがブラックリストに登録されています'],
  ['ja', 'spamdetected', 'meiwaku', ['迷惑メール', 'スパム'], '550 迷惑メールと判定されたため受信を拒否しました'],
  ['ja', 'filtered', 'jushin-kyohi', ['受信拒否'], '550 受信者の受信拒否設定により配信できませんでした'],
  ['ja', 'norelaying', 'chukei', ['中継は許可されていません', '中継拒否', 'リレー拒否', '中継できません'], '554 中継は許可されていません'],
  ['ja', 'hostunknown', 'domain', ['ドメインが存在しません', 'ドメインが見つかりません', '存在しないドメイン', 'ホストが見つかりません'], '550 宛先のドメインが存在しません'],
  ['ja', 'mesgtoobig', 'size', ['サイズが大きすぎ', 'サイズ超過', 'サイズの上限', 'サイズが上限', '最大サイズ', 'サイズ制限'], '552 メールのサイズが大きすぎます'],
  ['ja', 'mailboxfull', 'yoryo', ['メールボックスがいっぱい', 'メールボックスが一杯', '容量の上限', '容量超過', '容量オーバー', '容量を超え', '容量が不足', '容量がいっぱい'], '552 受信者のメールボックスがいっぱいです'],
  ['ja', 'suspend', 'teishi', ['アカウントが停止', '利用停止', 'アカウントが無効', '無効なアカウント'], '550 このアカウントは利用停止中です'],
  ['ja', 'userunknown', 'fumei', ['宛先不明', 'ユーザーが存在しません', 'ユーザが存在しません', 'ユーザーが見つかりません', 'ユーザが見つかりません', '該当するユーザー', 'アドレスが存在しません', '存在しないメールアドレス', '存在しないアカウント', 'アドレスが見つかりません', '受信者が見つかりません', '見つかりませんでした', '不明なユーザ'], '550 宛先のメールアドレスが存在しません'],
  // Chinese (simplified and traditional; QQ/163-style webmail notices)
  ['zh', 'blocked', 'heimingdan', ['黑名单', '黑名單', 'ip被封'], '554 发件IP 192.0.2.1 已被列入黑名单'],
  ['zh', 'spamdetected', 'laji', ['垃圾邮件', '垃圾郵件'], '550 邮件被判定为垃圾邮件'],
  ['zh', 'filtered', 'jushou', ['拒收', '拒信'], '550 收件人已设置拒收该发件人的邮件'],
  ['zh', 'norelaying', 'zhongji', ['不允许转发', '拒绝转发', '不允许中继', '中继被拒绝'], '554 不允许中继'],
  ['zh', 'hostunknown', 'yuming', ['域名不存在', '找不到域名', '网域不存在', '網域不存在', '无法解析域名'], '550 收件人域名不存在'],
  ['zh', 'mesgtoobig', 'guoda', ['邮件过大', '邮件太大', '邮件大小超过', '超过大小限制', '郵件過大', '附件过大'], '552 邮件大小超过限制'],
  ['zh', 'mailboxfull', 'yiman', ['邮箱已满', '邮箱满', '空间不足', '容量已满', '超出容量', '超过容量', '信箱已滿', '郵箱已滿', '配额已满', '超出配额'], '552 收件人邮箱空间不足'],
  ['zh', 'suspend', 'dongjie', ['已被冻结', '已冻结', '已停用', '已被禁用', '被锁定', '已凍結', '已停用'], '550 收件人帐户已被冻结'],
  ['zh', 'userunknown', 'bucunzai', ['用户不存在', '用戶不存在', '收件人不存在', '邮箱不存在', '郵箱不存在', '信箱不存在', '帐户不存在', '账户不存在', '账号不存在', '帳號不存在', '地址不存在', '找不到该地址', '找不到地址', '找不到收件人', '无此用户', '查无此人'], '550 收件人不存在 / 用户不存在'],
  // Russian (Yandex/Mail.ru-style notices, localized Exim and Postfix)
  ['ru', 'blocked', 'chernyj-spisok', ['черный список', 'чёрный список', 'черном списке', 'чёрном списке', 'ip-адрес заблокирован', 'ваш ip'], '554 IP-адрес 192.0.2.1 находится в черном списке'],
  ['ru', 'spamdetected', 'spam', ['спам', 'нежелательная почта', 'нежелательное письмо', 'массовая рассылка'], '550 Письмо отклонено как спам'],
  ['ru', 'norelaying', 'relay', ['релей запрещен', 'пересылка запрещена', 'ретрансляция запрещена'], '554 Ретрансляция запрещена'],
  ['ru', 'rejected', 'otpravitel', ['отправитель отклонен', 'отправитель отклонён', 'адрес отправителя отклонен'], '553 Отправитель отклонен'],
  ['ru', 'hostunknown', 'domen', ['домен не существует', 'домен не найден', 'домен получателя не существует', 'домен получателя не найден', 'несуществующий домен', 'неизвестный домен'], '550 Домен получателя не существует'],
  ['ru', 'mesgtoobig', 'razmer', ['слишком большой', 'слишком большое', 'превышен максимальный размер', 'размер письма превышает', 'размер сообщения превышает'], '552 Размер письма превышает допустимый'],
  ['ru', 'mailboxfull', 'perepolnen', ['переполнен', 'ящик заполнен', 'превышена квота', 'квота превышена', 'закончилось место', 'недостаточно места'], '552 Почтовый ящик получателя переполнен'],
  ['ru', 'suspend', 'zablokirovan', ['ящик заблокирован', 'аккаунт заблокирован', 'учетная запись отключена', 'учётная запись отключена', 'ящик отключен', 'заморожен', 'неактивен'], '550 Почтовый ящик заблокирован'],
  ['ru', 'userunknown', 'net-polzovatelya', ['пользователь не найден', 'пользователь не существует', 'нет такого пользователя', 'такого пользователя нет', 'неизвестный пользователь', 'адрес не существует', 'адрес не найден', 'такого адреса нет', 'нет такого адреса', 'получатель не найден', 'неизвестный получатель', 'ящик не существует', 'ящик не найден', 'такого ящика нет', 'нет такого ящика', 'ящика не существует'], '550 Пользователь не найден / такого адреса нет'],
];

/** The order reasons are tried in, narrow refusals first (as in PHRASE_RULES). */
const REASON_ORDER: readonly ReasonId[] = ['blocked', 'spamdetected', 'filtered', 'norelaying', 'rejected', 'hostunknown', 'mesgtoobig', 'mailboxfull', 'suspend', 'userunknown'];

export const LOCALIZED_RULES: readonly LocalizedRule[] = REASON_ORDER.flatMap((reason) =>
  ROWS.filter((r) => r[1] === reason).map(([language, , slug, phrases, example]) => ({ id: `${reason}/${language}-${slug}`, reason, phrases, example, language })),
);

export const LOCALIZED_PHRASE_RULES: readonly PhraseRule[] = LOCALIZED_RULES;
