/**
 * The words delivery reports use in other languages, as data: what says "this could not be delivered", what says
 * "still trying", the line that introduces the returned original, and the labels of the sender's own fields.
 * Lower case; matched like their English counterparts in find/signals.ts and formats/original-cut.ts. Each group
 * names the notices it comes from (localized Exchange/Microsoft 365 reports, Gmail notices, Postfix and Exim
 * templates, Japanese carriers, Chinese and Russian webmail).
 */

/** "Could not be delivered" and the headings of localized reports. */
export const LOCALIZED_FAILURE_PHRASES = [
  // de: Exchange "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen", Gmail, Postfix templates
  'konnte nicht zugestellt werden', 'nicht zugestellt', 'unzustellbar', 'zustellung fehlgeschlagen', 'zustellung an folgende empfänger', 'nicht erreicht', 'diagnoseinformationen für administratoren',
  // fr: Exchange "Échec de la remise à ces destinataires ou groupes", Gmail "n'a pas été remis"
  "n'a pas pu être remis", "n'a pas été remis", 'non remis', 'impossible de remettre', 'échec de la remise', 'non distribuable', 'informations de diagnostic pour les administrateurs',
  // es: Exchange "Error en la entrega a estos destinatarios o grupos", Gmail "no se ha entregado"
  'no se pudo entregar', 'no se ha entregado', 'no se ha podido entregar', 'no se puede entregar', 'error en la entrega', 'entrega fallida', 'información de diagnóstico para administradores', 'imposible entregar',
  // pt: Exchange "Falha na entrega para estes destinatários ou grupos", Gmail "não foi entregue"
  'não foi entregue', 'não pôde ser entregue', 'não pode ser entregue', 'nao foi entregue', 'falha na entrega', 'falha de entrega', 'informações de diagnóstico para administradores', 'não foi possível entregar',
  // it: Exchange "Recapito non riuscito a questi destinatari o gruppi", Gmail "non è stato recapitato"
  'non è stato recapitato', 'non è stato possibile recapitare', 'non recapitabile', 'recapito non riuscito', 'mancato recapito', 'impossibile recapitare', 'consegna non riuscita', 'informazioni di diagnostica per gli amministratori',
  // nl: Exchange "Bezorging is mislukt voor deze ontvangers of groepen", Gmail "niet afgeleverd"
  'niet afgeleverd', 'niet bezorgd', 'kan niet worden bezorgd', 'kon niet worden bezorgd', 'onbestelbaar', 'bezorging is mislukt', 'diagnostische gegevens voor beheerders',
  // pl: Exchange "Dostarczenie do tych adresatów lub grup nie powiodło się", Gmail "nie została dostarczona"
  'nie została dostarczona', 'nie można dostarczyć', 'nie dostarczono', 'niedostarczona', 'nie powiodło się', 'informacje diagnostyczne dla administratorów', 'nie udało się dostarczyć',
  // ja: carriers and ISPs "次の宛先へのメールは配信できませんでした", Exchange "管理者向けの診断情報"
  '配信できませんでした', '配送できませんでした', '届きませんでした', '配信に失敗', '配送に失敗', '送信できませんでした', '配信不能', '管理者向けの診断情報',
  // zh: QQ/163-style "邮件无法投递", "退信", Exchange "管理员的诊断信息"
  '无法投递', '无法送达', '投递失败', '发送失败', '未能送达', '退信', '管理员的诊断信息', '無法傳遞', '傳送失敗', '無法送達',
  // ru: Yandex/Mail.ru-style "Сообщение не было доставлено", Exchange "Диагностические сведения для администраторов"
  'не доставлено', 'не было доставлено', 'не может быть доставлено', 'не удалось доставить', 'недоставленное', 'ошибка доставки', 'диагностические сведения для администраторов', 'невозможно доставить',
  // "permanent error" in localized Exim, Postfix and qmail templates
  'permanenter fehler', 'dauerhafter fehler', 'erreur permanente', 'error permanente', 'erro permanente', 'errore permanente', 'permanente fout', 'trwały błąd', 'błąd trwały', 'постоянная ошибка', '恒久的なエラー', '永久性错误', '永久错误',
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

/** Header names of the sender's own fields as localized clients write them when a bounce is pasted. */
export const LOCALIZED_SENDER_FIELDS = ['von', 'an', 'de', 'à', 'para', 'da', 'van', 'aan', 'od', 'do', '差出人', '宛先', '发件人', '收件人', 'от', 'кому'] as const;
