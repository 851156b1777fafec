import { describe, expect, it } from 'vitest';
import { editDistance, stem, tokenize } from './text';

describe('stem makes inflections meet', () => {
  it.each([
    ['recipients', 'recipient'], ['recipient', 'recipient'], ['denied', 'deny'], ['deny', 'deny'], ['exceeded', 'exceed'],
    ['exceeds', 'exceed'], ['sending', 'send'], ['messages', 'messag'], ['message', 'messag'], ['disabled', 'disabl'],
    ['disable', 'disabl'], ['address', 'address'], ['addresses', 'address'], ['status', 'status'], ['blocked', 'block'],
  ])('%s → %s', (w, s) => expect(stem(w)).toBe(s));
});

describe('tokenize', () => {
  it.each([
    ['Relay access denied', ['relay', 'access', 'deny']],
    ['RESOLVER.ADR.RecipNotFound', ['resolver', 'adr', 'recipnotfound', 'recip', 'not', 'found']],
    ['[TSS04] deferred', ['tss04', 'deferr']],
    ["You aren't localhost", ['not', 'localhost']],
    ['a bounce for an email I never sent', ['bounc', 'mail', 'not', 'send']],
    ["bounces I didn't send", ['bounc', 'not', 'send']],
    ['can I send to the users', ['send', 'user']],
    ['why do I have to log in to send mail', ['login', 'send', 'mail']],
    ['signed in with another account; SMTP login required', ['login', 'another', 'account', 'smtp', 'login', 'requir']],
    ['the catalog information', ['catalog', 'information']],
  ])('%s', (text, tokens) => expect(tokenize(text)).toEqual(tokens));
});

describe('editDistance', () => {
  it.each([
    ['mailbox', 'mailbx', 2, 1], ['acess', 'access', 1, 1], ['spamhous', 'spamhaus', 2, 1], ['recieve', 'receive', 1, 1],
    ['authentification', 'authentication', 2, 2], ['relay', 'delay', 1, 1], ['abc', 'xyz', 1, 2], ['same', 'same', 0, 0],
  ])('%s ~ %s (max %i) = %i', (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});
