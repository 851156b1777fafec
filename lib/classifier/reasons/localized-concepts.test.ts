import { describe, expect, it } from 'vitest';
import { findConceptRule } from './concept-match';
import { findRule } from './find-rule';
import { FAILURE_CONCEPTS, LOCALIZED_CONCEPT_RULES } from './localized-concepts';

const reasonConcept = (text: string, language: string) => findConceptRule(text, LOCALIZED_CONCEPT_RULES, language);
const failureConcept = (text: string, language: string) => findConceptRule(text, FAILURE_CONCEPTS, language);

describe('localized concept rules: object and state words close together, in wording no phrase row lists', () => {
  it.each([
    ['de', 'Der Empfänger ist unbekannt, das Postfach existiert nicht', 'userunknown'],
    ['de', 'Das E-Mail-Konto des Empfängers ist nicht mehr vorhanden', 'userunknown'],
    ['de', 'Die Domain example.de konnte nicht aufgelöst werden, sie ist unbekannt', 'hostunknown'],
    ['de', 'Das Konto wurde wegen Inaktivität gesperrt', 'suspend'],
    ['fr', 'la boîte aux lettres du destinataire a dépassé son quota', 'mailboxfull'],
    ['fr', 'Le domaine example.fr est introuvable', 'hostunknown'],
    ['es', 'la cuenta del destinatario ha sido suspendida', 'suspend'],
    ['es', 'El tamaño del mensaje excede el máximo permitido', 'mesgtoobig'],
    ['pt', 'o endereço informado não existe neste servidor', 'userunknown'],
    ['it', "L'indirizzo di destinazione non esiste", 'userunknown'],
    ['it', 'la casella del destinatario ha superato la quota', 'mailboxfull'],
    ['nl', 'Het domein example.nl bestaat niet', 'hostunknown'],
    ['nl', 'Het opgegeven adres bestaat niet op deze server', 'userunknown'],
    ['nl', 'de mailbox van de ontvanger zit vol', 'mailboxfull'],
    ['pl', 'Konto odbiorcy nie istnieje', 'userunknown'],
    ['pl', 'Skrzynka odbiorcy została zablokowana', 'suspend'],
    ['ru', 'адрес получателя не существует', 'userunknown'],
    ['ru', 'почтовый ящик получателя заполнен', 'mailboxfull'],
    ['ja', '送信先のアカウントが停止されています', 'suspend'],
    ['ja', '宛先のメールアドレスは存在しないか、無効です', 'userunknown'],
    ['ja', '該当するユーザーがいません', 'userunknown'],
    ['de', 'Fehler: der Speicherplatz des Postfachs ist erschöpft', 'mailboxfull'],
    ['zh', '收件人信箱容量不足', 'mailboxfull'],
    ['zh', '该邮箱不存在或已被注销', 'userunknown'],
  ])('%s: %s', (language, text, reason) => {
    expect(reasonConcept(text, language)?.rule.reason).toBe(reason);
  });

  it.each([
    ['de', 'Vielen Dank für Ihre Bestellung, das Paket ist unterwegs'],
    ['fr', 'Votre compte a été créé avec succès'],
    ['es', 'Su pedido llegará mañana a la dirección indicada'],
    ['ru', 'Спасибо за письмо, я отвечу завтра'],
    ['de', 'The mailbox does not exist'],
  ])('%s: nothing in "%s"', (language, text) => {
    expect(reasonConcept(text, language)).toBeNull();
  });
});

describe('failure concepts: a negation near a "deliver" verb', () => {
  it.each([
    ['de', 'Ihre E-Mail konnte leider nicht übermittelt werden'],
    ['de', 'Fehler bei der Zustellung an bob@example.de'],
    ['fr', "Le message n'a pu être acheminé"],
    ['es', 'Imposible entregar el correo'],
    ['pt', 'A mensagem não pôde ser entregue'],
    ['it', 'Impossibile consegnare il messaggio'],
    ['nl', 'Het bericht is niet bezorgd'],
    ['pl', 'Nie udało się doręczyć wiadomości'],
    ['ru', 'Не удалось доставить письмо'],
    ['ja', 'メールを送信できませんでした'],
    ['zh', '您的邮件未能成功送达'],
  ])('%s: %s', (language, text) => {
    expect(failureConcept(text, language)).not.toBeNull();
  });

  it.each([
    ['de', 'Ihr Paket wurde heute zugestellt'],
    ['fr', 'Les commandes sont livrées en 48 heures'],
    ['es', 'El pedido fue entregado ayer'],
    ['ru', 'Письмо доставлено'],
    ['ja', 'メールを送信しました'],
  ])('%s: no failure in "%s"', (language, text) => {
    expect(failureConcept(text, language)).toBeNull();
  });
});

describe('localized concept rules join the fixed order of findRule', () => {
  it.each([
    ['de', 'Das E-Mail-Konto des Empfängers ist nicht mehr vorhanden', 'userunknown', 'concept:userunknown/de-words'],
    ['pl', 'Skrzynka odbiorcy została zablokowana', 'suspend', 'concept:suspend/pl-words'],
    ['zh', '收件人信箱容量不足', 'mailboxfull', 'concept:mailboxfull/zh-words'],
  ])('%s: %s', (language, text, reason, ruleId) => {
    expect(findRule(text, undefined, language)).toMatchObject({ reason, ruleId });
  });

  it('a row is read only in a report in its language', () => {
    expect(findRule('Das E-Mail-Konto des Empfängers ist nicht mehr vorhanden')).toBeNull();
    expect(findRule('Das E-Mail-Konto des Empfängers ist nicht mehr vorhanden', undefined, 'fr')).toBeNull();
  });
});

describe('localized concept rows are well-formed data', () => {
  it.each([...FAILURE_CONCEPTS, ...LOCALIZED_CONCEPT_RULES].map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(rule.language).toMatch(/^[a-z]{2}$/);
    expect(rule.match).toBe(rule.language === 'ja' || rule.language === 'zh' ? 'unspaced' : 'stems');
    // the text is lower-cased before matching, so a term with a capital letter could never match
    for (const term of rule.groups.flat()) expect(term).toBe(term.toLowerCase());
  });

  it('ids are unique', () => {
    const ids = [...FAILURE_CONCEPTS, ...LOCALIZED_CONCEPT_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('localized concept rows on hostile repetition (how the work grows: npm run bench:analyze)', () => {
  it.each([
    ['de', 'postfach nicht '.repeat(50000)],
    ['zh', '邮箱用户'.repeat(50000)],
  ])('%s: object words alone name no reason', (language, text) => {
    expect(findRule(text, undefined, language)).toBeNull();
  });
});
