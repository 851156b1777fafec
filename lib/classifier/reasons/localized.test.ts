import { describe, expect, it } from 'vitest';
import { findPhraseRule } from './classify';
import { LOCALIZED_RULES } from './localized';

const LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ja', 'zh', 'ru'];

describe('localized phrase rules: each example is read as the reason it stands for', () => {
  it.each(LOCALIZED_RULES.map((r) => [r.id, r.example, r.reason]))('%s: %s', (_id, example, reason) => {
    expect(findPhraseRule(example)?.rule.reason).toBe(reason);
  });
});

describe('localized phrase rules: data', () => {
  it('every language has rules for the common reasons', () => {
    for (const lang of LANGUAGES) {
      const reasons = new Set<string>(LOCALIZED_RULES.filter((r) => r.language === lang).map((r) => r.reason));
      expect([lang, ['userunknown', 'mailboxfull', 'hostunknown', 'mesgtoobig', 'suspend'].filter((x) => !reasons.has(x))]).toEqual([lang, []]);
    }
  });

  it('phrases are lower case and ids are unique', () => {
    for (const r of LOCALIZED_RULES) for (const p of r.phrases) expect(p).toBe(p.toLowerCase());
    expect(new Set(LOCALIZED_RULES.map((r) => r.id)).size).toBe(LOCALIZED_RULES.length);
  });
});

describe('localized phrase rules: wording no row quotes verbatim', () => {
  it.each([
    ['La boîte aux lettres de ce destinataire est pleine', 'mailboxfull'],
    ['Lo sentimos, el usuario no existe en este dominio', 'userunknown'],
    ['A caixa postal do usuário está cheia', 'mailboxfull'],
    ['对方邮箱已满，请稍后再试', 'mailboxfull'],
    ['Почтовый ящик получателя переполнен', 'mailboxfull'],
  ])('%s', (text, reason) => {
    expect(findPhraseRule(text)?.rule.reason).toBe(reason);
  });
});
