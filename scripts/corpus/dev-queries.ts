/**
 * The query sets: the dev set (../shared/queries/dev.jsonl, beside the repository) and our own second set
 * (scripts/corpus/own-queries.jsonl, written before the ranking was tuned on it): loading them and scoring a
 * ranking against them. `status:X` in an expectation means any article whose statusCodes contain X.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SearchDoc } from '../../lib/classifier/search/search-doc';

export const DEV_QUERIES_PATH = join(import.meta.dirname, '..', '..', '..', 'shared', 'queries', 'dev.jsonl');
export const OWN_QUERIES_PATH = join(import.meta.dirname, 'own-queries.jsonl');
/** Written after the ranking work on the two sets, to estimate generality: never tune the ranking on it. */
export const HOLDOUT_QUERIES_PATH = join(import.meta.dirname, 'holdout-queries.jsonl');
/** Written blind (without reading the ranking code or the other sets, and before any run of the search): never tune on it. */
export const BLIND_QUERIES_PATH = join(import.meta.dirname, 'blind-queries.jsonl');
export const BLIND2_QUERIES_PATH = join(import.meta.dirname, 'blind2-queries.jsonl');
export const BLIND3_QUERIES_PATH = join(import.meta.dirname, 'blind3-queries.jsonl');
export const LANGUAGE_QUERIES_PATH = join(import.meta.dirname, 'language-queries.jsonl');

/** What sort of query a line of our own set is, for the figures per kind. */
export const QUERY_KINDS = ['code', 'topic', 'class', 'mta', 'pasted', 'question', 'language'] as const;

const devQuerySchema = z.object({ q: z.string(), expect: z.array(z.string()).min(1), kind: z.enum(QUERY_KINDS).optional() });
export type DevQuery = z.infer<typeof devQuerySchema>;

/** The dev queries, or null when ../shared is not there. */
export function loadDevQueries(path = DEV_QUERIES_PATH): DevQuery[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => devQuerySchema.parse(JSON.parse(l)));
}

/** Our own query set (always present: it lives in the repository). */
export function loadOwnQueries(path = OWN_QUERIES_PATH): DevQuery[] {
  return loadDevQueries(path) ?? [];
}

/**
 * A whole diagnostic line pasted as it came: marked so in our set; in a set without kinds, a query with a digit
 * and at least six words (the dev set's pasted lines).
 */
export function isPastedLine(q: DevQuery): boolean {
  return q.kind ? q.kind === 'pasted' : /\d/.test(q.q) && q.q.split(/\s+/).filter(Boolean).length >= 6;
}

export function acceptable(expect: readonly string[], url: string, docs: ReadonlyMap<string, SearchDoc>): boolean {
  return expect.some((e) => (e.startsWith('status:') ? (docs.get(url)?.statusCodes.includes(e.slice(7)) ?? false) : e === url));
}

export interface DevScore {
  total: number;
  top1: number;
  top3: number;
  misses: { q: string; expect: string[]; got: string[]; rank: number | null }[];
}

/** Top-1 and top-3 hits of `rank` over the queries; a miss is any query whose first result is not acceptable. */
export function scoreDevQueries(queries: readonly DevQuery[], docs: readonly SearchDoc[], rank: (q: string) => string[]): DevScore {
  const byUrl = new Map(docs.map((d) => [d.url, d]));
  const score: DevScore = { total: queries.length, top1: 0, top3: 0, misses: [] };
  for (const { q, expect } of queries) {
    const got = rank(q);
    const i = got.findIndex((u) => acceptable(expect, u, byUrl));
    if (i === 0) score.top1++;
    if (i >= 0 && i < 3) score.top3++;
    if (i !== 0) score.misses.push({ q, expect, got: got.slice(0, 3), rank: i < 0 ? null : i + 1 });
  }
  return score;
}

export function formatMisses(s: DevScore): string {
  return s.misses.map((m) => `  ${m.rank === null ? 'MISS' : `#${m.rank}`}  ${JSON.stringify(m.q)}  expect ${m.expect.join(' | ')}  got ${m.got.join(', ')}`).join('\n');
}
