import { describe, expect, it } from 'vitest';
import { findCodes, findPairs } from './find-codes';

const codes = (text: string, loose = false) => findCodes(text, { loose }).map((h) => h.code);

describe('findCodes finds real codes', () => {
  it.each([
    ['550', ['550']],
    ['5.7.1', ['5.7.1']],
    ['550 5.1.1', ['550', '5.1.1']],
    ['550-5.1.1', ['550', '5.1.1']],
    ['550-5.7.26 This mail is unauthenticated', ['550', '5.7.26']],
    ['#5.1.1', ['5.1.1']],
    ['smtp;550 5.1.1 User unknown', ['550', '5.1.1']],
    ['Status: 5.2.2', ['5.2.2']],
    ['Diagnostic-Code: smtp; 554 5.7.1 <a@example.com>: Relay access denied', ['554', '5.7.1']],
    ['error 554', ['554']],
    ['smtp error 421', ['421']],
    ['550 5.7.606 Access denied, banned sending IP [192.0.2.1]', ['550', '5.7.606']],
    ['451 4.7.650 The mail server has been temporarily rate limited', ['451', '4.7.650']],
    ['Sorry, no mailbox here by that name. (#5.1.1)', ['5.1.1']],
    ['said: 452 4.5.3 Error: too many recipients (in reply to RCPT TO command)', ['452', '4.5.3']],
    ['host mx.example.net[203.0.113.7] said: 552 5.3.4 Message size exceeds fixed limit', ['552', '5.3.4']],
    ['(550)', ['550']],
    ['550.', ['550']],
    ['421-mx.example.com busy', ['421']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findCodes ignores lookalikes', () => {
  it.each([
    ['IP address', 'Client host [203.0.113.250] blocked', []],
    ['IP with status-like tail', 'from 10.4.5.1 port 25', []],
    ['IP starting like a code', 'connect to 5.1.1.9 failed', []],
    ['dotted date', 'on 5.1.2024 at noon', []],
    ['time', 'at 10:45:22 +0000', []],
    ['size in bytes', 'message of 552 bytes', []],
    ['size in KB', 'attachment 450 KB', []],
    ['port', 'port 465 and port 587', []],
    ['version word', 'Exim version 4.5.1 ready', []],
    ['software version', 'Exim 4.94.2 ready', []],
    ['version with slash', 'Postfix/5.1.1', []],
    ['queue id', 'queued as 4BC2F550A1', []],
    ['phone number', 'call +1 555 123 4567', []],
    ['dashed phone', 'call 555-123-4567', []],
    ['longer number', 'ticket 45501 opened', []],
    ['decimal', 'took 421.5 ms', []],
    ['thousands', 'sent 1,550 messages', []],
    ['percent', '250% of quota', []],
    ['host name with digits', 'relay550.example.com', []],
    ['assignment', 'size=552 nrcpt=1', []],
    ['count of people', 'can I send to 500 people', []],
    ['count of messages', 'sent 300 messages per hour', []],
    ['rate', '250 per hour', []],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('loose mode for search queries', () => {
  it('accepts folklore codes only when loose', () => {
    expect(codes('101', true)).toEqual(['101']);
    expect(codes('101')).toEqual([]);
    expect(codes('547', true)).toEqual(['547']);
  });
});

describe('loose mode reads codes typed with other separators', () => {
  it.each([
    ['421 4 7 0', ['421', '4.7.0']],
    ['5 7 1', ['5.7.1']],
    ['5,2,2', ['5.2.2']],
    ['550-5-7-26', ['550', '5.7.26']],
    ['5_1_1', ['5.1.1']],
    ['5/7/1', ['5.7.1']],
    ['5. 7. 1', ['5.7.1']],
    ['5 . 2 . 2', ['5.2.2']],
    ['error 5 7 606 from Outlook', ['5.7.606']],
    ['i got 5 1 1 what does it mean', ['5.1.1']],
  ])('%s', (text, expected) => {
    expect(codes(text, true)).toEqual(expected);
  });

  it.each([
    ['phone with spaces', 'call +1 555 123 4567'],
    ['four groups (IP-like)', '5 1 1 9'],
    ['date with slashes', 'on 5/7/2024'],
    ['version word', 'version 5 1 1'],
    ['list of numbers', '5, 4, 3, 2'],
    ['after another number', '12 5 1 1'],
    ['mixed separators', '5-7 1'],
    ['count', 'send 5 1 100 people'],
  ])('refuses %s', (_name, text) => {
    expect(codes(text, true)).toEqual([]);
  });

  it('stays off for bounce text (strict mode)', () => {
    expect(codes('5 7 1')).toEqual([]);
  });
});

describe('findPairs', () => {
  it.each([
    ['550 5.1.1 unknown', [['550', '5.1.1']]],
    ['550-5.1.1', [['550', '5.1.1']]],
    ['550 #5.1.1', [['550', '5.1.1']]],
    ['550 mailbox unavailable 5.1.1', []],
    ['421 4.7.0 [TSS04] and later 554 5.7.9', [['421', '4.7.0'], ['554', '5.7.9']]],
  ])('%s', (text, expected) => {
    expect(findPairs(text).map((p) => [p.replyCode, p.statusCode])).toEqual(expected);
  });
});
