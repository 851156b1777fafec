/**
 * The blind query sets (scripts/corpus/blind*-queries.jsonl), written by helpers who never read the ranking, are
 * well formed: every line has a kind, no query is repeated, every expected page is an article in content/, and
 * each set holds enough queries, of every kind it uses. Scoring them is the benchmark's job, not this test's.
 */
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../content/load';
import { BLIND2_QUERIES_PATH, BLIND3_QUERIES_PATH, BLIND_QUERIES_PATH, QUERY_KINDS, loadOwnQueries } from './dev-queries';

const pages = new Set(loadArticles().map((a) => a.url));

/** Each set: its file, how many queries it holds at least, and how many of every kind it uses. */
const SETS = [
  { name: 'first blind set (blind-queries.jsonl)', path: BLIND_QUERIES_PATH, atLeast: 160, perKind: 25 },
  { name: 'second blind set (blind2-queries.jsonl)', path: BLIND2_QUERIES_PATH, atLeast: 150, perKind: 12 },
  { name: 'third blind set (blind3-queries.jsonl)', path: BLIND3_QUERIES_PATH, atLeast: 160, perKind: 12 },
] as const;

describe.each(SETS)('$name', ({ path, atLeast, perKind }) => {
  const queries = loadOwnQueries(path);

  it(`holds at least ${atLeast} queries, each with a kind, none repeated`, () => {
    expect(queries.length).toBeGreaterThanOrEqual(atLeast);
    expect(queries.filter((q) => q.kind === undefined).map((q) => q.q)).toEqual([]);
    const seen = new Set<string>();
    const repeated = queries.map((q) => q.q.toLowerCase()).filter((q) => seen.has(q) || !seen.add(q));
    expect(repeated).toEqual([]);
  });

  it.each(QUERY_KINDS.filter((k) => queries.some((q) => q.kind === k)))(`has at least ${perKind} queries of kind %s`, (kind) => {
    expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(perKind);
  });

  it('expects only pages that exist', () => {
    expect(queries.flatMap((q) => q.expect.filter((url) => !pages.has(url)).map((url) => `${q.q} → ${url}`))).toEqual([]);
  });
});
