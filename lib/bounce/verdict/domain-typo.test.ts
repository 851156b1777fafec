import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { domainTypo, oneEditApart, suggestDomain } from './domain-typo';

describe('suggestDomain', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gnail.com', 'gmail.com'],
    ['gmaill.com', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['hotmal.com', 'hotmail.com'],
    ['outlok.com', 'outlook.com'],
    ['yahooo.com', 'yahoo.com'],
    ['yaho.co.jp', 'yahoo.co.jp'],
    ['hotmail.co.uj', 'hotmail.co.uk'],
    ['icluod.com', 'icloud.com'],
    ['gmx.dee', 'gmx.de'],
    ['gmail.con', 'gmail.com'],
    ['aol.co', 'aol.com'],
    ['lvie.com', 'live.com'],
  ])('%s → %s', (typed, suggested) => {
    expect(suggestDomain(typed)).toBe(suggested);
  });

  it.each([
    ['gmail.com', 'a provider itself'],
    ['mail.com', 'a real provider one edit from gmail.com'],
    ['ymail.com', 'a real provider one edit from gmail.com'],
    ['example.com', 'far from every provider'],
    ['me.co', 'too short to tell'],
    ['gamil-corp.example', 'two or more edits away'],
    ['gol.com', 'a real ISP one letter from a short provider name (aol.com)'],
    ['gmc.de', 'a real domain one letter from a short provider name (gmx.de)'],
  ])('%s is left alone (%s)', (typed) => {
    expect(suggestDomain(typed)).toBeNull();
  });
});

describe('oneEditApart', () => {
  it.each([
    ['abc', 'abc', false], ['abc', 'abd', true], ['abc', 'ab', true], ['abc', 'abcd', true], ['abc', 'bac', true], ['abc', 'cba', false], ['abc', 'a', false],
  ] as const)('%s ~ %s: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});

describe('domainTypo: only when the address or its domain does not exist', () => {
  it.each([
    ['bob@gmial.com', 'userunknown', { typed: 'gmial.com', suggested: 'gmail.com' }],
    ['bob@hotmial.com', 'hostunknown', { typed: 'hotmial.com', suggested: 'hotmail.com' }],
    ['bob@gmial.com', 'mailboxfull', null],
    ['bob@gmail.com', 'userunknown', null],
    [null, 'userunknown', null],
  ] as const)('%s (%s)', (recipient, reason, expected) => {
    expect(domainTypo(recipient, reason)).toEqual(expected);
  });
});

describe('analyze: the typo hint on a result', () => {
  it.each([
    ['host not found', "Delivery to the following recipient failed permanently:\n\n     bob@gmial.com\n\nDNS Error: Domain name not found", { typed: 'gmial.com', suggested: 'gmail.com' }],
    ['user unknown', '550 5.1.1 <bob@hotmial.com>: Recipient address rejected: User unknown', { typed: 'hotmial.com', suggested: 'hotmail.com' }],
    ['a full mailbox is no typo', '552 5.2.2 <bob@gmial.com>: Mailbox full', undefined],
  ])('%s', async (_name, text, expected) => {
    const [result] = (await analyze(text)).results;
    expect(result?.domainTypo).toEqual(expected);
  });
});
