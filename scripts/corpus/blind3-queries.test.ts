/**
 * The third blind query set (scripts/corpus/blind3-queries.jsonl) is well formed: every line has a kind, every
 * expected page is an article in content/, no query is repeated, and there are enough queries of every kind used.
 * Scoring it is the benchmark's job, not this test's.
 */
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../content/load';
import { BLIND3_QUERIES_PATH, QUERY_KINDS, loadOwnQueries } from './dev-queries';

const queries = loadOwnQueries(BLIND3_QUERIES_PATH);
const pages = new Set(loadArticles().map((a) => a.url));

describe('third blind query set (scripts/corpus/blind3-queries.jsonl)', () => {
  it('holds at least 160 queries, each with a kind, none repeated', () => {
    expect(queries.length).toBeGreaterThanOrEqual(160);
    expect(queries.filter((q) => q.kind === undefined).map((q) => q.q)).toEqual([]);
    const seen = new Set<string>();
    const repeated = queries.map((q) => q.q.toLowerCase()).filter((q) => seen.has(q) || !seen.add(q));
    expect(repeated).toEqual([]);
  });

  it.each(QUERY_KINDS.filter((k) => queries.some((q) => q.kind === k)))('has at least 12 queries of kind %s', (kind) => {
    expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(12);
  });

  it.each(queries.map((q) => [q.q, q.expect] as const))('%s → expects pages that exist', (_q, expected) => {
    expect(expected.filter((url) => !pages.has(url))).toEqual([]);
  });
});
