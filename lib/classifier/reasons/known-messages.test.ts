/**
 * The site's knowledge of server messages, generated on the fly from content/ (no build needed): the table the
 * analyzer's nearest-known fallback searches, and how a message's reason is chosen among its article's reasons.
 */
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../content/load';
import { findRule, NEAREST_DECIDES } from './classify';
import { articleMessages, packKnown, ruleExamples, unpackKnown, type MessageSource } from './known-messages';
import { knowledgeIndex } from './knowledge';
import { nearestKnown, prepareKnown, stems } from './nearest';

const articles = loadArticles();
const table = articleMessages(articles);

describe('the articles teach the analyzer', () => {
  it('every message keeps a reason its article gives', () => {
    expect(table.length).toBeGreaterThan(20);
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    for (const m of table) expect(byUrl.get(m.source)?.reasons, m.text).toContain(m.reason);
  });

  it('a message a rule already reads is left to that rule', () => {
    const all = articles.flatMap((a) => a.messages.map((m) => ({ text: m.text, url: a.url })));
    expect(table.length).toBeLessThan(all.length);
    for (const m of table) expect(findRule(m.text), m.text).toBeNull();
  });

  it('survives packing for the browser bundle', () => {
    expect(unpackKnown(packKnown(table))).toEqual(table);
  });

  it('the index over content finds an article message from its own words, variable parts filled in', () => {
    const index = knowledgeIndex(table);
    // messages of at least three words (a bare provider code such as "CXBL" can only be a guess)
    for (const m of table.filter((x) => stems(x.text).length >= 3).slice(0, 40)) {
      const filled = m.text.replace(/\{[a-z]+\}/g, 'example.org');
      const near = nearestKnown(index, filled, 2);
      expect(near[0]?.score ?? 0, m.text).toBeGreaterThanOrEqual(NEAREST_DECIDES);
      // near-identical wordings in two articles may stand for two reasons: its own is among the best two
      expect(near.map((n) => n.message.reason), m.text).toContain(m.reason);
    }
  });
});

describe('which reason a message stands for', () => {
  const one = (s: MessageSource) => articleMessages([s])[0]?.reason;
  it.each([
    ['the only reason', { url: '/x/', reasons: ['suspend'], messages: [{ text: 'Mailbox {address} retired' }] }, 'suspend'],
    ['the reason its status code names, among several', { url: '/x/', reasons: ['speeding', 'mailboxfull'], messages: [{ text: 'Nearly gone for this one', statusCode: '4.2.2' }] }, 'mailboxfull'],
    ['the reason whose rule examples its words are closest to', { url: '/x/', reasons: ['speeding', 'norelaying'], messages: [{ text: 'Relays through this gateway are not set up' }] }, 'norelaying'],
    ['else the first (most likely) reason', { url: '/x/', reasons: ['networkerror', 'expired'], messages: [{ text: 'Peer went quiet' }] }, 'networkerror'],
    ['no reason that names a cause: left out', { url: '/x/', reasons: ['onhold'], messages: [{ text: 'Something odd' }] }, undefined],
  ] satisfies Array<[string, MessageSource, string | undefined]>)('%s', (_name, source, reason) => {
    expect(one(source)).toBe(reason);
  });
});

describe('nearest known message', () => {
  it('reads a long input no further than its first words (how the work grows: npm run bench:analyze)', () => {
    const index = prepareKnown(ruleExamples());
    expect(nearestKnown(index, 'mailbox quota '.repeat(20000))).toEqual(nearestKnown(index, 'mailbox quota '.repeat(200)));
  });
});
