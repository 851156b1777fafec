import { describe, expect, it } from 'vitest';
import { search } from './rank';
import { FIXTURE_DOCS } from './search-fixture';

const top = (q: string, n = 1) => search(FIXTURE_DOCS, q, { limit: n }).map((r) => r.url);

describe('a code query puts that code first', () => {
  it.each([
    ['550', '/codes/550/'],
    ['5.7.1', '/codes/5.7.1/'],
    ['5.1.1', '/codes/5.1.1/'],
    ['5.1.10', '/codes/5.1.10/'],
    ['#5.1.1', '/codes/5.1.1/'],
    ['Status: 5.2.2', '/codes/5.2.2/'],
    ['error 554', '/codes/554/'],
    ['smtp error 452', '/codes/452/'],
    ['550 5.1.1', '/codes/5.1.1/'],
    ['550-5.1.1', '/codes/5.1.1/'],
    ['smtp;550 5.1.1', '/codes/5.1.1/'],
    ['what does 5.7.1 mean', '/codes/5.7.1/'],
    ['5.7.606', '/codes/5.7.500/'],
    ['5 7 1', '/codes/5.7.1/'],
    ['5,2,2', '/codes/5.2.2/'],
    ['550-5-1-1', '/codes/5.1.1/'],
    ['i got error 5 1 1 what does it mean', '/codes/5.1.1/'],
  ])('%s → %s', (q, url) => expect(top(q)).toEqual([url]));
});

describe('a message matching code and phrase beats the code pages', () => {
  it.each([
    ['550 5.7.1 Helo command rejected', '/errors/helo-rejected/'],
    ['554 5.7.1 <info@example.com>: Relay access denied', '/errors/relay-access-denied/'],
    ['Diagnostic-Code: smtp; 554 5.7.1 <a@example.com>: Relay access denied', '/errors/relay-access-denied/'],
    ['host mx.example.net[203.0.113.7] said: 550 5.1.1 <x@example.org>: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)', '/errors/user-unknown/'],
    ['452 4.5.3 Error: too many recipients', '/errors/too-many-recipients/'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', '/errors/blocked-by-spamhaus/'],
    ['450 4.7.1 Recipient address rejected: Access denied', '/errors/recipient-access-denied/'],
    ['550 5.4.1 Recipient address rejected: Access denied', '/errors/microsoft-access-denied/'],
  ])('%s → %s', (q, url) => expect(top(q)).toEqual([url]));
});

describe('phrases, typos, tags and questions', () => {
  it.each([
    ['relay access denied', '/errors/relay-access-denied/'],
    ['RELAY ACCESS DENIED', '/errors/relay-access-denied/'],
    ['relay acess denied', '/errors/relay-access-denied/'],
    ['relaying denied', '/errors/relay-access-denied/'],
    ['mailbx full', '/errors/mailbox-over-quota/'],
    ['mailbox is full', '/errors/mailbox-over-quota/'],
    ['exceeded storage allocation', '/errors/mailbox-over-quota/'],
    ['spamhous', '/errors/blocked-by-spamhaus/'],
    ['ip blacklisted', '/errors/blocked-by-spamhaus/'],
    ['TSS04', '/errors/yahoo-tss04-deferred/'],
    ['RESOLVER.ADR.RecipNotFound', '/errors/microsoft-recipient-not-found/'],
    ['can I send to 100 people at once', '/errors/too-many-recipients/'],
    ['user unknwn', '/errors/user-unknown/'],
    ['Recipient address rejected: Access denied', '/errors/recipient-access-denied/'],
    ['how to read a bounce', '/guides/read-a-bounce/'],
    ['spamh', '/errors/blocked-by-spamhaus/'],
  ])('%s → %s', (q, url) => expect(top(q)).toEqual([url]));
});

describe('results say why they matched', () => {
  it('names the code and the phrase', () => {
    const [first] = search(FIXTURE_DOCS, '554 5.7.1 Relay access denied', { limit: 1 });
    expect(first?.why.codes).toEqual(['5.7.1', '554']);
    expect(first?.why.phrase).toBe('Relay access denied');
  });
  it('names the rule a phrase came from', () => {
    const [first] = search(FIXTURE_DOCS, 'ip blacklisted', { limit: 1 });
    expect(first?.why.ruleId).toBe('host-blocked-by-spamhaus');
  });
  it('returns the result fields and respects the limit', () => {
    const results = search(FIXTURE_DOCS, '550', { limit: 3 });
    expect(results).toHaveLength(3);
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(['kind', 'score', 'summary', 'title', 'url', 'why']);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
  });
  it.each([[''], ['   '], ['zzzzqqq'], ['the of and']])('returns nothing useful for %j without throwing', (q) => {
    expect(() => search(FIXTURE_DOCS, q)).not.toThrow();
  });
});
