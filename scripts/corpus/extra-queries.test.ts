/**
 * Queries beyond the dev set, written from real bounces and real questions: codes in the forms people type them,
 * whole bounce lines with addresses, IPs, hosts, dates and ids around the message, misspellings, and plain
 * questions. Each lists the pages that may come first (any one of them). Reads the real index from content/.
 */
import { describe, expect, it } from 'vitest';
import { PROVIDER_ORIGINS } from '../../lib/classifier/search/providers';
import { search } from '../../lib/classifier/search/rank';
import { loadSearchIndex } from '../build/search-index';

const docs = loadSearchIndex();
const urls = new Set(docs.map((d) => d.url));
const e = (slug: string) => `/errors/${slug}/`;
const g = (slug: string) => `/guides/${slug}/`;
const c = (code: string) => `/codes/${code}/`;

const CASES: readonly (readonly [string, readonly string[]])[] = [
  // Codes as people write them.
  ['SMTP 550', [c('550')]],
  ['error code 5.7.26', [c('5.7.26')]],
  ['550 5.7.1 blocked', [c('5.7.1')]],
  ['421 4.7.0 [TSS04]', [e('yahoo-tss04-deferred')]],
  ['RESOLVER.RST', [e('microsoft-external-senders-rejected'), c('5.2.3')]],
  ['RESOLVER.RST.RecipSizeLimit', [c('5.2.3'), e('message-too-large')]],
  // Server wording and plain questions.
  ['mailbox unavailable', [c('550'), c('5.5.0'), e('microsoft-mailbox-unavailable')]],
  ['message rejected as spam', [e('rejected-as-spam')]],
  ['can I send to 100 people', [e('too-many-recipients')]],
  ['how big can attachments be', [e('message-too-large')]],
  ['what port for smtp', [g('mail-client-settings')]],
  ['email bounced back', [g('read-a-bounce')]],
  ['undeliverable', [g('read-a-bounce')]],
  ['Mail delivery failed: returning message to sender', [g('read-a-bounce')]],
  ['quota exceeded', [e('mailbox-over-quota')]],
  ['dmarc fail', [e('gmail-dmarc-unauthenticated'), e('microsoft-dmarc-reject'), c('5.7.26')]],
  ['reverse dns', [e('no-reverse-hostname')]],
  ['greylisting', [e('greylisted')]],
  ['relay not permitted', [e('relay-access-denied'), e('exim-relay-not-permitted')]],
  ['too many emails per hour', [e('hourly-sending-quota'), e('hourly-domain-quota'), e('cpanel-max-emails-per-hour')]],
  ['retry timeout exceeded', [e('retry-timeout-exceeded')]],
  ['Unrouteable address', [e('exim-unrouteable-address')]],
  ['mail loops back to myself', [e('mail-forwarding-loop')]],
  ['app password', [e('gmail-app-password-required')]],
  ['smtp auth disabled', [e('microsoft-smtp-auth-disabled')]],
  ['tls required', [c('5.7.10'), e('gmail-tls-required')]],
  ['message too big', [e('message-too-large')]],
  ['I got a bounce for an email I never sent', [g('bounce-for-mail-i-never-sent')]],
  ['how do i see the full bounce message', [g('view-full-bounce-and-headers')]],
  ['icloud cs01', [e('icloud-cs01-blocked')]],
  ['gmail account disabled', [e('gmail-account-disabled')]],
  // Misspellings.
  ['recipiant mailbox is full', [e('mailbox-over-quota')]],
  ['adress does not exist', [e('user-unknown')]],
  ['authentification required', [e('authentication-required')]],
  ['spamhause', [e('blocked-by-spamhaus')]],
  ['user unknwon', [e('user-unknown')]],
  // Whole bounce lines: the message wins over the pages of its codes.
  ["550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a1b 2025-01-01",
    [e('gmail-account-does-not-exist')]],
  ['452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp',
    [e('gmail-over-quota')]],
  ["Remote Server returned '550 5.7.606 Access denied, banned sending IP [203.0.113.9]'", [e('microsoft-banned-sending-ip')]],
  ['553 5.7.2 [TSS09] All messages from 203.0.113.9 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    [e('yahoo-tss09-blocked')]],
  ['Host or domain name not found. Name service error for name=exampel.com type=A: Host not found', [e('host-or-domain-name-not-found')]],
  ['Diagnostic-Code: smtp; 554 5.7.1 <bob@example.com>: Relay access denied', [e('relay-access-denied')]],
  ['Jan 12 10:31:02 mail postfix/smtp[2211]: 4F2A1: to=<ann@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command))',
    [e('user-unknown')]],
  ['550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]', [e('microsoft-access-denied')]],
  // One per ranking rule of issue 12, in words none of the query sets uses.
  // a negation before a class word: the server gave up, no temporary class asked
  ['message will not be retried, delivery time expired', [e('retry-timeout-exceeded'), c('5.4.7')]],
  // a size reads as "size limit"
  ['attachment of 40 MB rejected', [e('message-too-large')]],
  // "how long" reads as "time"
  ['how long does the server retry a deferred message', [c('4.4.7')]],
  // a 4.x.x page whose own server message the query quotes is not put behind its 5.x.x twin
  ['lost connection with mx.example.org[192.0.2.9] while sending RCPT TO', [c('4.4.2')]],
  // names of the bounce itself are filler beside a code
  ['mailer-daemon 550 5.1.1', [c('5.1.1')]],
  // a question's words left out of phrases as of queries
  ['why is my mail going to junk', [g('mail-lands-in-spam')]],
  // a provider's other names (aol for Yahoo), and a named provider's page for the query's code
  ['aol 421 4.7.0', [e('yahoo-tss04-deferred')]],
  ['gmail 5.7.25', [e('gmail-no-ptr-record')]],
  // the reason rules name the condition when the index knows no word (read in every language)
  ['Die Mailbox des Empfängers ist voll', [c('5.2.2'), e('mailbox-over-quota')]],
];

describe('extra queries over the real index', () => {
  it.each(CASES)('%s', (query, expected) => {
    expect(expected.filter((u) => !urls.has(u)), 'expected pages that do not exist').toEqual([]);
    const got = search(docs, query, { limit: 3 }).map((r) => r.url);
    expect(expected, `top 3: ${got.join(', ')}`).toContain(got[0]);
  });
});

describe('provider aliases', () => {
  const origins = new Set(docs.flatMap((d) => (d.origin ? [d.origin] : [])));
  it.each(PROVIDER_ORIGINS)('%s is the origin of some article', (origin) => expect(origins.has(origin)).toBe(true));
});
