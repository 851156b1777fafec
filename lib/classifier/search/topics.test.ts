import { describe, expect, it } from 'vitest';
import { topicClashes, topicHits, topicKey, topicTable } from './topics';
import type { SearchDoc } from './search-doc';

const doc = (url: string, topics: string[]): SearchDoc => ({
  url, kind: 'error', title: url, summary: '', replyCodes: [], statusCodes: [], reasons: [], messages: [], keywords: [], headings: [], topics,
});
const docs = [doc('/errors/greylisted/', ['greylisting', 'graylisting']), doc('/errors/no-reverse-hostname/', ['reverse dns', 'ptr'])];
const words = (q: string) => topicKey(q).split(' ').map((w) => [w]);

describe('topics', () => {
  it.each([
    ['greylisting', '/errors/greylisted/', 1],
    ['greylisted', '/errors/greylisted/', 1],
    ['reverse dns', '/errors/no-reverse-hostname/', 1],
    ['reverse dns lookup', '/errors/no-reverse-hostname/', 2 / 3],
  ])('%s → %s (share %d)', (q, url, share) => {
    const hits = topicHits(topicTable(docs), words(q));
    const i = docs.findIndex((d) => d.url === url);
    expect(hits.get(i)).toBeCloseTo(share);
  });

  it('finds no topic in unrelated words', () => expect(topicHits(topicTable(docs), words('mailbox full')).size).toBe(0));

  it('reports a topic two pages claim', () => {
    expect(topicClashes([...docs, doc('/codes/5.7.25/', ['PTR'.toLowerCase()])])).toEqual([{ topic: 'ptr', urls: ['/errors/no-reverse-hostname/', '/codes/5.7.25/'] }]);
    expect(topicClashes(docs)).toEqual([]);
  });
});
