/**
 * Queries in other languages (scripts/corpus/language-queries.jsonl) over the real content: the index quotes few
 * such words, so the analyzer's reason rules (read in every language for a query) must bring the condition's page.
 * Also checks that every page the reason table (lib/classifier/search/reason-pages.ts) points at exists.
 */
import { describe, expect, it } from 'vitest';
import { REASON_PAGES } from '../../lib/classifier/search/reason-pages';
import { search } from '../../lib/classifier/search/rank';
import { loadSearchIndex } from '../build/search-index';
import { formatMisses, LANGUAGE_QUERIES_PATH, loadOwnQueries, scoreDevQueries } from './dev-queries';

const docs = loadSearchIndex();
const pages = new Set(docs.map((d) => d.url));
const queries = loadOwnQueries(LANGUAGE_QUERIES_PATH);

describe('queries in other languages', () => {
  it('cover at least eight languages, each expecting pages that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(25);
    expect(queries.flatMap((q) => q.expect).filter((u) => !pages.has(u))).toEqual([]);
  });

  it('top-1 ≥ 90%', () => {
    const s = scoreDevQueries(queries, docs, (q) => search(docs, q, { limit: 10 }).map((r) => r.url));
    if (s.misses.length) console.log(`misses:\n${formatMisses(s)}`);
    expect(s.top1 / s.total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the reason table of search', () => {
  it.each(Object.entries(REASON_PAGES))('%s points at pages that exist', (_reason, p) => {
    expect([p?.permanent, p?.temporary].filter((u): u is string => u !== undefined && !pages.has(u))).toEqual([]);
  });
});
