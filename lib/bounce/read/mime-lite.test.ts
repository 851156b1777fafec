/** The fast MIME path gives exactly what postal-mime gives, and leaves to postal-mime what it cannot read. */
import { describe, expect, it } from 'vitest';
import { splitMessage } from './mime';
import { liteParse } from './mime-lite';
import { angleBrackets, bigBounce, foldedHeader, manyParameters, manyParts, manyRecipients, oneLongLine } from '../robustness-inputs';
import { checkInput } from './input';

const head = (type: string, extra: string[] = []) => ['From: MAILER-DAEMON@mx.example.net', 'To: alice@example.org', 'Subject: =?utf-8?Q?Undelivered_Mail?=', 'MIME-Version: 1.0', `Content-Type: ${type}`, ...extra, ''];
const part = (b: string, type: string, body: string[], extra: string[] = []) => [`--${b}`, `Content-Type: ${type}`, ...extra, '', ...body];

// Texts are written as Unicode and sent as Latin-1 bytes when their charset says so, as UTF-8 otherwise.
const CASES: Array<[string, string, boolean]> = [
  ['single plain part', [...head('text/plain; charset=us-ascii'), '<bob@example.com>: 550 5.1.1 User unknown', ''].join('\n'), true],
  ['report with status and headers parts', [...head('multipart/report; report-type=delivery-status; boundary="b1"'), 'preamble', ...part('b1', 'text/plain', ['The mail system', '', '<bob@example.com>: host mx said: 550 5.1.1 unknown', '']), ...part('b1', 'message/delivery-status', ['Reporting-MTA: dns; mx.example.net', '', 'Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.1.1', '']), ...part('b1', 'text/rfc822-headers', ['From: alice@example.org', 'To: bob@example.com', '']), '--b1--', ''].join('\n'), true],
  ['quoted-printable text', [...head('multipart/mixed; boundary=b2'), ...part('b2', 'text/plain; charset=utf-8', ['Delivery to bob@example.com failed: mailbox unavaila=', 'ble =E2=80=94 550', ''], ['Content-Transfer-Encoding: quoted-printable']), '--b2--', ''].join('\n'), true],
  ['base64 text', [...head('multipart/mixed; boundary=b3'), ...part('b3', 'text/plain; charset=utf-8', [btoa('Delivery to bob@example.com failed: 550 5.2.2 over quota\n'), ''], ['Content-Transfer-Encoding: base64']), '--b3--', ''].join('\n'), true],
  ['plain and html alternatives', [...head('multipart/alternative; boundary=b4'), ...part('b4', 'text/plain', ['plain words', '']), ...part('b4', 'text/html', ['<p>html words</p>', '']), '--b4--', ''].join('\n'), true],
  ['ISO-2022-JP text', [...head('text/plain; charset=iso-2022-jp'), '\x1b$B%F%9%H\x1b(B 550 user unknown', ''].join('\n'), true],
  ['HTML only: left to postal-mime', [...head('multipart/alternative; boundary=b5'), ...part('b5', 'text/html', ['<p>550 5.1.1 unknown</p>', '']), '--b5--', ''].join('\n'), false],
  ['8-bit Latin-1 text', [...head('text/plain; charset=iso-8859-1'), 'Adresse destinataire invalide \u00e9 550', ''].join('\n'), true],
  ['raw UTF-8 in headers and status fields', [...head('multipart/report; report-type=delivery-status; boundary="u"', ['X-Note: caf\u00e9 \u2014 na\u00efve']), ...part('u', 'text/plain; charset=utf-8', ['Zustellung an bob@example.com gescheitert: Postfach \u00fcberf\u00fcllt', '']), ...part('u', 'message/delivery-status', ['Final-Recipient: rfc822; bob@example.com', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 Postfach \u00fcberf\u00fcllt', '']), '--u--', ''].join('\n'), true],
  ['8-bit bytes labelled us-ascii', [...head('text/plain; charset=us-ascii'), 'Mailbox \u00e9 full 552', ''].join('\n'), true],
  ['mbox From line before the headers', ['From MAILER-DAEMON Mon Jan  1 00:00:00 2024', ...head('text/plain'), '550 5.1.1 unknown', ''].join('\n'), true],
  ['blank line before the headers', ['', ...head('text/plain'), '550 5.1.1 unknown', ''].join('\n'), true],
  ['a header with a long run of blanks', [...head('text/plain', [`X-Pad: a${' '.repeat(100_000)}b${' '.repeat(50)}`]), '550 5.1.1 unknown', ''].join('\n'), true],
  ['UTF-7 label the runtime does not know (read through postal-mime\'s charset lookup)', [...head('multipart/report; report-type=delivery-status; boundary="u7"'), ...part('u7', 'text/plain; charset=unicode-1-1-utf-7', ['Delivery to bob@example.com failed +ZeVnLIqe- 550 5.1.1', '']), ...part('u7', 'message/delivery-status', ['Final-Recipient: rfc822; bob@example.com', 'Status: 5.1.1', '']), '--u7--', ''].join('\n'), true],
  ['an unknown label with 8-bit bytes, quoted-printable', [...head('text/plain; charset=x-unknown-example', ['Content-Transfer-Encoding: quoted-printable']), 'Bo=EEte pleine =80 552', ''].join('\n'), true],
  ['a label that cannot sit in an encoded word: left to postal-mime', [...head('text/plain; charset="bad?label"'), '550 unknown', ''].join('\n'), false],
  ['flowed text: left to postal-mime', [...head('text/plain; charset=utf-8; format=flowed'), 'a line that goes on ', 'and on', ''].join('\n'), false],
];

describe('fast MIME path', () => {
  it.each(CASES)('%s', async (_name, text, fast) => {
    const bytes = /charset=iso-8859-1|charset=us-ascii/.test(text) ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : new TextEncoder().encode(text);
    expect(liteParse(bytes, text) !== null).toBe(fast);
    expect(await splitMessage(bytes, 0, true)).toEqual(await splitMessage(bytes, 0, false));
  });
});

describe('fast MIME path on long headers (how the work grows: npm run bench:analyze)', () => {
  it.each([
    ['20,000 folds of a header', `X-Folded: a${'\n b'.repeat(20_000)}`, 'x-folded'],
    ['20,000 blanks inside a header', `X-Pad: a${' '.repeat(20_000)}b`, 'x-pad'],
  ])('reads %s like postal-mime', async (_name, field, name) => {
    const text = [...head('text/plain', [field]), 'body', ''].join('\n');
    const bytes = new TextEncoder().encode(text);
    expect(liteParse(bytes, text)).not.toBeNull();
    const fast = await splitMessage(bytes, 0, true);
    expect(fast).toEqual(await splitMessage(bytes, 0, false));
    expect(fast.headers.some((h) => h.name === name)).toBe(true);
  });
});

describe('fast MIME path on large and hostile messages', () => {
  // past 192 KB both paths read the message with each part cut to that size (mime-trim.ts)
  it.each([
    ['a 5 MB bounce with its attachment', () => bigBounce(5_000_000)],
    ['10,000 recipient blocks', () => manyRecipients(10_000)],
    ['20,000 MIME parameters', () => manyParameters(20_000)],
    ['a header folded 100,000 times', () => foldedHeader(100_000)],
    ['1,500 sibling parts', () => manyParts(1_500)],
    ['a 1 MB line of angle brackets', () => angleBrackets(1_000_000)],
    ['a 1 MB single line', () => oneLongLine(1_000_000)],
  ])('%s: same as postal-mime', async (_name, make) => {
    const { bytes } = checkInput(make());
    expect(await splitMessage(bytes, 0, true)).toEqual(await splitMessage(bytes, 0, false));
  });
});
