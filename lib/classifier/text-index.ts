/**
 * A small BM25F text index over search documents, with typo-tolerant and prefix term expansion against the
 * vocabulary. Built at run time from SearchDoc[] in a few milliseconds.
 */
import type { SearchDoc } from './search-doc';
import { editDistance, tokenize, typoBudget } from './text';

type Tokenizer = (text: string) => string[];

/** Field weights: what a page is about (title, messages, keywords) outweighs what it says about it. */
const FIELDS = [
  { weight: 3, get: (d: SearchDoc) => [d.title] },
  { weight: 2.5, get: (d: SearchDoc) => d.messages.map((m) => m.text) },
  { weight: 2.5, get: (d: SearchDoc) => d.keywords },
  { weight: 2, get: (d: SearchDoc) => (d.kind === 'error' || d.kind === 'guide' ? [(d.url.split('/')[2] ?? '').replace(/-/g, ' ')] : []) },
  { weight: 1.5, get: (d: SearchDoc) => (d.origin ? [d.origin] : []) },
  { weight: 1, get: (d: SearchDoc) => [d.summary] },
  { weight: 1, get: (d: SearchDoc) => d.headings },
] as const;
const K1 = 1.2;
const B = 0.5;

export interface TextIndex {
  terms: string[];
  termId: Map<string, number>;
  /** Term ids by term length, for the typo scan. */
  byLength: number[][];
  /** Terms in sort order with their ids, for prefix look-ups. */
  sorted: { term: string; id: number }[];
  idf: number[];
  /** Per term: document indexes and their saturated BM25F weight. */
  postings: { doc: number; w: number }[][];
  docCount: number;
}

function intern(ix: TextIndex, term: string): number {
  let id = ix.termId.get(term);
  if (id === undefined) {
    id = ix.terms.length;
    ix.terms.push(term);
    ix.termId.set(term, id);
    ix.postings.push([]);
    (ix.byLength[term.length] ??= []).push(id);
  }
  return id;
}

/** Builds the index; `extraTerms` (e.g. rule phrases) join the vocabulary without postings. */
export function buildTextIndex(docs: readonly SearchDoc[], extraTerms: Iterable<string> = [], tok: Tokenizer = tokenize): TextIndex {
  const ix: TextIndex = { terms: [], termId: new Map(), byLength: [], sorted: [], idf: [], postings: [], docCount: docs.length };
  const fieldTokens = docs.map((d) => FIELDS.map((f) => f.get(d).flatMap(tok)));
  const avgLen = FIELDS.map((_, f) => Math.max(1, fieldTokens.reduce((n, ft) => n + (ft[f]?.length ?? 0), 0) / Math.max(1, docs.length)));
  fieldTokens.forEach((fields, doc) => {
    const tf = new Map<number, number>();
    fields.forEach((tokens, f) => {
      const norm = 1 - B + (B * tokens.length) / (avgLen[f] ?? 1);
      const weight = FIELDS[f]?.weight ?? 1;
      for (const t of tokens) {
        const id = intern(ix, t);
        tf.set(id, (tf.get(id) ?? 0) + weight / norm);
      }
    });
    for (const [id, w] of tf) ix.postings[id]?.push({ doc, w: (w * (K1 + 1)) / (w + K1) });
  });
  for (const t of extraTerms) intern(ix, t);
  const n = docs.length;
  ix.idf = ix.postings.map((p) => Math.log(1 + (n - p.length + 0.5) / (p.length + 0.5)));
  ix.sorted = ix.terms.map((term, id) => ({ term, id })).sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return ix;
}

/** A vocabulary term a query word stands for, and how sure we are (1 exact, less for typos and prefixes). */
export interface Expansion {
  id: number;
  weight: number;
}

function prefixTerms(ix: TextIndex, prefix: string, limit: number): Expansion[] {
  let lo = 0;
  let hi = ix.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ix.sorted[mid]?.term ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: Expansion[] = [];
  for (let i = lo; i < ix.sorted.length && out.length < limit; i++) {
    const s = ix.sorted[i];
    if (!s || !s.term.startsWith(prefix)) break;
    if (s.term !== prefix) out.push({ id: s.id, weight: 0.6 });
  }
  return out;
}

/** The vocabulary terms for one query token: itself, else its near spellings, plus completions when asked. */
export function expandToken(ix: TextIndex, token: string, opts: { completions: boolean; typos: boolean }): Expansion[] {
  const exact = ix.termId.get(token);
  const out: Expansion[] = exact === undefined ? [] : [{ id: exact, weight: 1 }];
  if (!opts.typos) return out;
  if (exact === undefined || (ix.postings[exact]?.length ?? 0) === 0) {
    const max = typoBudget(token.length);
    for (let len = token.length - max; len <= token.length + max; len++) {
      for (const id of ix.byLength[len] ?? []) {
        const term = ix.terms[id] ?? '';
        // A typo seldom hits both of the first two letters: a cheap filter before the distance.
        if (term[0] !== token[0] && term[1] !== token[1] && !(term[0] === token[1] && term[1] === token[0])) continue;
        const d = editDistance(token, term, max);
        if (d <= max && d > 0) out.push({ id, weight: d === 1 ? 0.75 : 0.5 });
      }
    }
  }
  if ((opts.completions || out.length === 0) && token.length >= 3) out.push(...prefixTerms(ix, token, 8));
  return out;
}

let acc = new Float64Array(0);
let tokBest = new Float64Array(0);
let lastTok = new Int32Array(0);

/** BM25F scores of the documents that contain any of the tokens' expansions (a token counts its best expansion). */
export function textScores(ix: TextIndex, expansions: Expansion[][]): Map<number, number> {
  if (acc.length < ix.docCount) {
    acc = new Float64Array(ix.docCount);
    tokBest = new Float64Array(ix.docCount);
    lastTok = new Int32Array(ix.docCount);
  }
  const touched: number[] = [];
  expansions.forEach((exp, tok) => {
    for (const { id, weight } of exp) {
      const f = (ix.idf[id] ?? 0) * weight;
      for (const { doc, w } of ix.postings[id] ?? []) {
        const s = f * w;
        if (lastTok[doc] === 0) touched.push(doc);
        if (lastTok[doc] !== tok + 1) {
          lastTok[doc] = tok + 1;
          tokBest[doc] = s;
          acc[doc] = (acc[doc] ?? 0) + s;
        } else if (s > (tokBest[doc] ?? 0)) {
          acc[doc] = (acc[doc] ?? 0) + s - (tokBest[doc] ?? 0);
          tokBest[doc] = s;
        }
      }
    }
  });
  const scores = new Map<number, number>();
  for (const doc of touched) {
    scores.set(doc, acc[doc] ?? 0);
    acc[doc] = tokBest[doc] = lastTok[doc] = 0;
  }
  return scores;
}
