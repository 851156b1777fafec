/**
 * The dev queries (../shared/queries/dev.jsonl; skipped when ../shared is absent) and our own second set
 * (scripts/corpus/own-queries.jsonl, written before the ranking was tuned on it) over the real content.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../../lib/classifier/search/rank';
import { formatMisses, isPastedLine, loadDevQueries, loadOwnQueries, scoreDevQueries, type DevQuery } from './dev-queries';
import { loadSearchIndex } from '../build/search-index';

const queries = loadDevQueries();
if (!queries) console.log('skipped: ../shared not found');
const docs = loadSearchIndex();
const score = (set: readonly DevQuery[]) => scoreDevQueries(set, docs, (q) => search(docs, q, { limit: 10 }).map((r) => r.url));

describe.skipIf(!queries)('dev queries (../shared/queries/dev.jsonl)', () => {
  it('top-1 ≥ 97% and top-3 = 100%', () => {
    const s = score(queries ?? []);
    console.log(`dev queries over ${docs.length} articles: top-1 ${s.top1}/${s.total}, top-3 ${s.top3}/${s.total}`);
    if (s.misses.length) console.log(`misses:\n${formatMisses(s)}`);
    expect(s.top1 / s.total).toBeGreaterThanOrEqual(0.97);
    expect(s.top3).toBe(s.total);
  });
});

describe('our own query set (scripts/corpus/own-queries.jsonl)', () => {
  const own = loadOwnQueries();

  it('holds at least 150 queries of every kind', () => {
    expect(own.length).toBeGreaterThanOrEqual(150);
    expect(new Set(own.map((q) => q.kind)).size).toBe(6);
  });

  // The target, 97% top-1, is reached (npm run bench:search prints the figure); this floor keeps it.
  it('top-1 ≥ 97%, top-3 ≥ 98%, pasted diagnostic lines top-1 ≥ 97%', () => {
    const s = score(own);
    const pasted = score(own.filter(isPastedLine));
    console.log(`own queries: top-1 ${s.top1}/${s.total}, top-3 ${s.top3}/${s.total}; pasted lines top-1 ${pasted.top1}/${pasted.total}`);
    expect(s.top1 / s.total).toBeGreaterThanOrEqual(0.97);
    expect(s.top3 / s.total).toBeGreaterThanOrEqual(0.98);
    expect(pasted.top1 / pasted.total).toBeGreaterThanOrEqual(0.97);
  });
});
