/**
 * The real dev queries over the real content. Skipped when ../shared is absent. It passes only once the content
 * is complete; until then it prints the misses.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../../lib/classifier/search/rank';
import { formatMisses, loadDevQueries, scoreDevQueries } from './dev-queries';
import { loadSearchIndex } from '../build/search-index';

const queries = loadDevQueries();
if (!queries) console.log('skipped: ../shared not found');

describe.skipIf(!queries)('dev queries (../shared/queries/dev.jsonl)', () => {
  it('top-1 ≥ 95% and top-3 = 100%', () => {
    const docs = loadSearchIndex();
    const s = scoreDevQueries(queries ?? [], docs, (q) => search(docs, q, { limit: 10 }).map((r) => r.url));
    console.log(`dev queries over ${docs.length} articles: top-1 ${s.top1}/${s.total}, top-3 ${s.top3}/${s.total}`);
    if (s.misses.length) console.log(`misses:\n${formatMisses(s)}`);
    expect(s.top1 / s.total).toBeGreaterThanOrEqual(0.95);
    expect(s.top3).toBe(s.total);
  });
});
