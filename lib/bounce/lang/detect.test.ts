import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect';

describe('detectLanguage', () => {
  it.each([
    ['German Exchange notice', 'Ihre Nachricht an bob@example.org konnte nicht zugestellt werden.\nbob wurde bei example.org nicht gefunden.', 'de'],
    ['French Gmail notice', "Votre message n'a pas été remis à bob@example.org car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.", 'fr'],
    ['Spanish Exchange notice', 'No se pudo entregar el mensaje a los siguientes destinatarios: la dirección de correo no existe en el servidor.', 'es'],
    ['Portuguese Gmail notice', 'Sua mensagem não foi entregue para bob@example.org porque o endereço não foi encontrado ou não pode receber e-mails.', 'pt'],
    ['Italian Exchange notice', 'Il messaggio non è stato recapitato ai seguenti destinatari perché la casella di posta è piena.', 'it'],
    ['Dutch Gmail notice', 'Je bericht is niet afgeleverd bij bob@example.org omdat het adres niet is gevonden of geen e-mail kan ontvangen.', 'nl'],
    ['Polish Exchange notice', 'Nie można dostarczyć wiadomości do następujących adresatów, ponieważ adres nie został znaleziony na serwerze.', 'pl'],
    ['Japanese carrier notice', '次の宛先へのメールは配信できませんでした。\n宛先のメールアドレスが存在しません。', 'ja'],
    ['Chinese webmail notice', '很抱歉，您的邮件无法发送到以下收件人：收件人地址不存在。', 'zh'],
    ['Russian webmail notice', 'Ваше сообщение не было доставлено, так как адрес получателя не существует.', 'ru'],
    ['a short paste: the server words tell when the report has few of its own', 'Fehler bei der Zustellung an bob@example.de:\n452 4.2.2 Der Speicherplatz des Postfachs ist erschöpft', 'de'],
    ['prose before a reply on the same line counts', "Le serveur de destination a répondu : 550 5.7.1 Message refused as spam.\nVotre courriel a été rejeté.", 'fr'],
    ['Ukrainian notice (not Russian)', 'Ваше повідомлення не було доставлено, оскільки адреса одержувача не існує.', 'uk'],
  ])('%s', (_name, text, code) => {
    expect(detectLanguage(text)?.code).toBe(code);
  });

  it.each([
    ['an English notice', 'Your message to bob@example.org could not be delivered because the address was not found.'],
    ['English with a German server reply', 'Delivery has failed to these recipients.\n550 5.1.1 Benutzer unbekannt, die Adresse ist nicht bekannt'],
    ['a bare server line', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown'],
    ['German headers only', 'Betreff: Rechnung\nVon: alice@example.com\nAn: bob@example.org'],
    ['too little text', 'Postfach voll'],
  ])('%s is not reported as another language', (_name, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});
