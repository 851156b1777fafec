/**
 * The words delivery reports use in other languages, as data: what says "this could not be delivered", what says
 * "still trying", the line that introduces the returned original, and the labels of the sender's own fields.
 * Lower case; matched like their English counterparts in find/signals.ts and formats/original-cut.ts. Each group
 * names the notices it comes from (localized Exchange/Microsoft 365 reports, Gmail notices, Postfix and Exim
 * templates, Japanese carriers, Chinese and Russian webmail).
 */

/** "Could not be delivered" and the headings of localized reports. */
export const LOCALIZED_FAILURE_PHRASES = [
  // the headings of localized Exchange/Microsoft 365 reports ("Diagnostic information for administrators")
  'diagnoseinformationen für administratoren', 'informations de diagnostic pour les administrateurs', 'información de diagnóstico para administradores',
  'informações de diagnóstico para administradores', 'informazioni di diagnostica per gli amministratori', 'diagnostische gegevens voor beheerders',
  'informacje diagnostyczne dla administratorów', '管理者向けの診断情報', '管理员的诊断信息', 'диагностические сведения для администраторов',
  // subjects and openings of localized reports; other wordings are left to the failure concepts (classifier/reasons/localized-concepts.ts)
  'unzustellbar', 'nicht zugestellt', 'non remis', "n'a pas pu être remis", 'no se puede entregar', 'no se pudo entregar', 'não foi entregue',
  'non recapitabile', 'niet afgeleverd', 'onbestelbaar', 'niedostarczalne', 'nie została dostarczona', '配信不能', '配信できませんでした',
  '无法投递', '退信', 'не доставлено', 'недоставленное',
  // "permanent error" in localized Exim, Postfix and qmail templates
  'permanenter fehler', 'erreur permanente', 'error permanente', 'erro permanente', 'errore permanente', 'permanente fout', 'trwały błąd', 'постоянная ошибка',
] as const;

/** "Delivery is delayed, the server keeps trying" in localized delay warnings. */
export const LOCALIZED_DELAY_PHRASES = [
  'zustellung verzögert', 'wird weiterhin versucht', 'remise différée', 'remise retardée', 'la entrega se ha retrasado', 'se seguirá intentando',
  'entrega atrasada', 'continuará tentando', 'recapito ritardato', 'continuerà a tentare', 'bezorging is vertraagd', 'dostarczenie opóźnione',
  '配信が遅延', '延迟投递', '投递延迟', 'доставка задерживается',
  'se ha retrasado', 'seguirá intentando', 'wird erneut versucht', 'verzögert', 'a été retardée', 'foi atrasada', 'è stato ritardato', 'is vertraagd', 'zostało opóźnione', '遅延しています', '已延迟', 'задерживается',
] as const;

/** Whole-line headings (colons and dashes stripped) that introduce the returned original. */
export const LOCALIZED_ORIGINAL_MARKERS = [
  'ursprüngliche nachrichtenkopfzeilen', 'kopfzeilen der ursprünglichen nachricht', 'ursprüngliche nachricht', 'originalnachricht',
  "en-têtes de message d'origine", "en-têtes du message d'origine", "message d'origine", 'message original',
  'encabezados originales del mensaje', 'encabezados del mensaje original', 'mensaje original',
  'cabeçalhos originais da mensagem', 'cabeçalhos da mensagem original', 'mensagem original',
  'intestazioni originali del messaggio', 'intestazioni del messaggio originale', 'messaggio originale',
  'oorspronkelijke berichtkoppen', 'oorspronkelijk bericht', 'origineel bericht',
  'oryginalne nagłówki wiadomości', 'nagłówki oryginalnej wiadomości', 'oryginalna wiadomość',
  '元のメッセージ ヘッダー', '元のメッセージヘッダー', '元のメッセージ', '元のメール',
  '原始邮件头', '原始邮件', '原邮件', '原始郵件',
  'исходные заголовки сообщения', 'заголовки исходного сообщения', 'исходное сообщение',
  // localized qmail templates: "--- Below this line is a copy of the message."
  'debajo de esta línea hay una copia del mensaje', 'abaixo desta linha está uma cópia da mensagem', 'unterhalb dieser zeile befindet sich eine kopie der nachricht',
] as const;

/** Labels of the sender's and the original's own fields in localized mail clients (never a failed recipient). */
export const LOCALIZED_SENDER_LABELS = [
  'von', 'absender', 'gesendet', 'datum', 'betreff', 'an', 'antwort an',
  'de', 'expéditeur', 'envoyé', 'objet', 'à', 'répondre à',
  'remitente', 'enviado', 'fecha', 'asunto', 'para',
  'remetente', 'enviada', 'data', 'assunto',
  'da', 'mittente', 'inviato', 'oggetto', 'a',
  'van', 'afzender', 'verzonden', 'onderwerp', 'aan',
  'od', 'nadawca', 'wysłano', 'temat', 'do',
  '差出人', '送信者', '送信日時', '日付', '件名',
  '发件人', '發件人', '发送时间', '日期', '主题', '主旨',
  'от', 'отправитель', 'отправлено', 'дата', 'тема', 'кому',
] as const;
