import { describe, expect, it } from 'vitest';
import { findAddresses, isSystemAddress } from './addresses';
import { startsWithHeaders } from '../read/header-block';

describe('findAddresses', () => {
  it.each([
    ['plain', 'to <bob@example.com>: said', ['bob@example.com']],
    ['quoted local part with dots', '<"neko....nyaan...."@example.org>... User Unknown', ['"neko....nyaan...."@example.org']],
    ['quote that opens no local part', 'say "hi" bob@example.com', ['bob@example.com']],
  ] as const)('%s', (_name, text, want) => {
    expect(findAddresses(text).map((h) => h.address)).toEqual(want);
  });
});

describe('isSystemAddress', () => {
  it.each([
    ['MAILER-DAEMON@mx.example.net', true],
    ['postmaster@example.org', true],
    ['MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com', true],
    ['microsoft.exchange.fan@example.com', false],
    ['bob@example.org', false],
  ] as const)('%s', (address, want) => {
    expect(isSystemAddress(address)).toBe(want);
  });
});

describe('startsWithHeaders', () => {
  it.each([
    ['ordinary headers', 'From: a@example.org\nSubject: x\n\nbody', true],
    ['a value wrapped without folding space (Office 365)', 'Received: from a\nX-Microsoft-Antispam: BCL:0;\n1;VE1EUR03HT060;3:0OS5heI\nFrom: a@example.org\nSubject: x\n\nbody', true],
    ['a pasted body', 'Delivery has failed to these recipients:\nbob@example.com\n\nmore', false],
  ] as const)('%s', (_name, text, want) => {
    expect(startsWithHeaders(text)).toBe(want);
  });
});
