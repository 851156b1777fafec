import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery', () => {
  it.each([
    ['550', { statusCodes: [], replyCodes: ['550'], bare: true, tokens: [] }],
    ['error 554', { statusCodes: [], replyCodes: ['554'], bare: true, tokens: [] }],
    ['Status: 5.2.2', { statusCodes: ['5.2.2'], replyCodes: [], bare: true, tokens: [] }],
    ['smtp;550 5.1.1', { statusCodes: ['5.1.1'], replyCodes: ['550'], bare: true, tokens: [] }],
    ['ndr 5.6.0', { statusCodes: ['5.6.0'], bare: true, tokens: [] }],
    ['mailer-daemon delivery failure notice 550', { replyCodes: ['550'], bare: true, tokens: [] }],
    ['550 5.7.1 Helo command rejected', { statusCodes: ['5.7.1'], replyCodes: ['550'], bare: false, tokens: ['helo', 'command', 'reject'] }],
    ['554 5.7.1 <info@example.com>: Relay access denied', { statusCodes: ['5.7.1'], replyCodes: ['554'], bare: false, tokens: ['relay', 'access', 'deny'] }],
    ['host mx.example.net[203.0.113.7] said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)',
      { statusCodes: ['5.3.4'], replyCodes: ['552'], bare: false, tokens: ['messag', 'size', 'exceed', 'fix', 'limit'] }],
    ['relay access denied', { statusCodes: [], replyCodes: [], bare: false, tokens: ['relay', 'access', 'deny'] }],
    ['550 5.4.1 Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
      { statusCodes: ['5.4.1'], replyCodes: ['550'], bare: false, tokens: ['access', 'deny', '201806281'] }],
    ['over quota https://support.google.com/mail/?p=OverQuotaTemp d2e1a72fcca58-7a1b.9 - gsmtp',
      { bare: false, tokens: ['over', 'quota', 'googl', 'mail', 'overquotatemp', 'over', 'quota', 'temp', 'gsmtp'] }],
    ['Jan 12 10:31:02 mail postfix/smtp[2211]: 4F2A1B3C9D: bounced 2025-01-01', { bare: false, tokens: ['mail', 'postfix', 'smtp', '2211', 'bounc'] }],
    ['[TSS04] RESOLVER.ADR.RecipNotFound', { bare: false, tokens: ['tss04', 'resolver', 'adr', 'recipnotfound', 'recip', 'not', 'found'] }],
  ])('%s', (q, expected) => expect(parseQuery(q)).toMatchObject(expected));

  it.each([
    ['how do I fix greylisting', ['fix', 'greylist']],
    ['what does it mean when mail is deferred', ['mail', 'deferr']],
    ['why do I keep getting bounces', ['bounc']],
  ])('leaves question words out: %s', (q, tokens) => expect(parseQuery(q).tokens).toEqual(tokens));

  it.each([
    ['mailbox full temporary', true],
    ['spf fail deferred', true],
    ['will retry', true],
    ['mailbox full', false],
    ["I'm not going to try again; this message has been in the queue too long", false],
    ['message will not be retried', false],
    ['no longer retrying delivery', false],
    ["won't retry", false],
    ['not delivered, will retry later', true],
  ])('reads the class words: %s', (q, temporary) => expect(parseQuery(q).temporary).toBe(temporary));

  it.each([
    ['user unknown permanent', true, ['user', 'unknown']],
    ['fatal error mailbox full', true, ['error', 'mailbox', 'full']],
    ['hard bounce account disabled', true, ['bounc', 'account', 'disabl']],
    ['permanent or temporary', false, ['permanent']],
  ])('reads a word asking for the permanent class: %s', (q, permanent, topicWords) => {
    expect(parseQuery(q)).toMatchObject({ permanent, topicWords });
  });

  it.each([
    ['spf softfail try again later', ['spf', 'softfail']],
    ['please try later quota', ['quota']],
    ['the account you tried to reach does not exist', ['account', 'tri', 'reach', 'not', 'exist']],
  ])('reads "try" as a class word only before one: %s', (q, topicWords) => expect(parseQuery(q).topicWords).toEqual(topicWords));

  it.each([
    ['554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.71', ['block', 'see', 'proofpoint', 'ip']],
    ['550 Local CT IP Reputation https://community.mimecast.co.uk/docs', ['local', 'ct', 'ip', 'reputation', 'mimecast', 'doc']],
  ])('keeps the site name of a URL: %s', (q, tokens) => expect(parseQuery(q).tokens).toEqual(tokens));

  it('drops Exim frames and log fields', () => {
    expect(parseQuery('R=dnslookup T=remote_smtp H=mx.example.org [198.51.100.77]: SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 5.7.1 Relay access denied').tokens)
      .toEqual(['relay', 'access', 'deny']);
  });

  it.each([
    ['can i email a 50mb file', ['mail', 'size', 'limit', 'file']],
    ['attachment over 25 MB', ['attachment', 'over', 'size', 'limit']],
    ['1.5 GB', ['size', 'limit']],
  ])('reads a size as "size limit": %s', (q, tokens) => expect(parseQuery(q).tokens).toEqual(tokens));

  it.each([
    ['how long will the server keep retrying', ['time', 'server', 'retry']],
    ['line too long', ['line', 'too', 'long']],
  ])('reads "how long" as "time": %s', (q, tokens) => expect(parseQuery(q).tokens).toEqual(tokens));

  it('pairs a reply code with the status code after it', () => {
    expect(parseQuery('550-5.1.1 user unknown').pairs).toEqual([{ replyCode: '550', statusCode: '5.1.1' }]);
  });
});
