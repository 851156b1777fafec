/**
 * A small BM25F text index over search documents, with typo-tolerant and prefix term expansion against the
 * vocabulary. Built in the browser from SearchDoc[] on first use, so it is built for a cold JavaScript engine:
 * one native split per text, one remembered look-up per word, postings in flat typed arrays (no object per
 * posting), and the typo and prefix tables built only when a query first needs them.
 */
import type { SearchDoc } from './search-doc';
import { templateWords } from '../../content/message-template';
import { editDistance, rawWords, typoBudget, wordTokens } from './text';

/** Field weights: what a page is about (title, messages, keywords) outweighs what it says about it. */
const FIELDS: readonly { weight: number; get: (d: SearchDoc) => readonly string[] }[] = [
  { weight: 3, get: (d) => [d.title] },
  // A message's placeholders ({ip}, {domain}…) are no words of it.
  { weight: 2.5, get: (d) => d.messages.map((m) => templateWords(m.text)) },
  { weight: 2.5, get: (d) => (d.topics ? [...d.keywords, ...d.topics] : d.keywords) },
  { weight: 2, get: (d) => (d.kind === 'error' || d.kind === 'guide' ? [(d.url.split('/')[2] ?? '').replace(/-/g, ' ')] : []) },
  { weight: 1.5, get: (d) => (d.origin ? [d.origin] : []) },
  { weight: 1, get: (d) => [d.summary] },
  { weight: 1, get: (d) => d.headings },
];
const K1 = 1.2;
const B = 0.5;

export interface TextIndex {
  terms: string[];
  termId: Map<string, number>;
  idf: Float64Array;
  /** Postings, flat: term t's documents are postDoc[postStart[t]] up to postDoc[postStart[t + 1]], in order. */
  postStart: Int32Array;
  postDoc: Int32Array;
  /** Saturated BM25F weight of each posting. */
  postW: Float64Array;
  docCount: number;
  /** Raw word → term ids, kept for reading phrases and queries against this vocabulary. */
  wordIds: Map<string, readonly number[]>;
  /** Typo table (term ids by length) and prefix table (terms in order); built on first use. */
  byLength: number[][] | null;
  sorted: string[] | null;
}

/** How many documents hold the term (0 for words known only from rules). */
export function docFreq(ix: TextIndex, id: number): number {
  return (ix.postStart[id + 1] ?? 0) - (ix.postStart[id] ?? 0);
}

/** A growable Int32Array. */
class Ints {
  a = new Int32Array(1024);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** Term ids of a text's words; with `add`, unknown terms join the vocabulary, else they are skipped. */
export function textIds(ix: TextIndex, text: string, add: boolean, out: { push(v: number): unknown }): void {
  for (const part of rawWords(text)) {
    if (!part) continue;
    let ids = ix.wordIds.get(part);
    if (ids === undefined) {
      const list: number[] = [];
      let complete = true;
      for (const t of wordTokens(part)) {
        const id = add ? internTerm(ix, t) : ix.termId.get(t);
        if (id === undefined) complete = false;
        else list.push(id);
      }
      // Remember only answers that adding later terms cannot change.
      if (complete) ix.wordIds.set(part, (ids = list));
      else ids = list;
    }
    for (let i = 0; i < ids.length; i++) out.push(ids[i] ?? 0);
  }
}

/** Builds the index; `extraTexts` (e.g. rule phrases) join the vocabulary without postings. */
export function buildTextIndex(docs: readonly SearchDoc[], extraTexts: readonly string[] = []): TextIndex {
  const nd = docs.length;
  const nf = FIELDS.length;
  const ix = emptyTextIndex(nd);
  // Pass 1: every field's term ids, end to end, with where each (doc, field) ends.
  const toks = new Ints();
  const ends = new Int32Array(nd * nf);
  for (let d = 0; d < nd; d++) {
    const doc = docs[d];
    for (let f = 0; f < nf; f++) {
      if (doc) for (const text of FIELDS[f]?.get(doc) ?? []) textIds(ix, text, true, toks);
      ends[d * nf + f] = toks.n;
    }
  }
  for (const text of extraTexts) textIds(ix, text, true, { push: () => 0 });
  const lengths = new Int32Array(nd * nf);
  for (let i = 0; i < nd * nf; i++) lengths[i] = (ends[i] ?? 0) - (i > 0 ? (ends[i - 1] ?? 0) : 0);
  const units = fieldUnits(lengths, nd);
  // Pass 2: per document, each term's weighted, length-normalised frequency, saturated.
  const acc = new Float64Array(ix.terms.length);
  const touched = new Int32Array(ix.terms.length);
  const postings = newPostings(toks.n);
  let pos = 0;
  for (let d = 0; d < nd; d++) {
    let nTouched = 0;
    for (let f = 0; f < nf; f++) {
      const end = ends[d * nf + f] ?? pos;
      const w = units[d * nf + f] ?? 0;
      for (; pos < end; pos++) {
        const id = toks.a[pos] ?? 0;
        if (acc[id] === 0) touched[nTouched++] = id;
        acc[id] = (acc[id] ?? 0) + w;
      }
    }
    for (let i = 0; i < nTouched; i++) {
      const id = touched[i] ?? 0;
      addPosting(postings, id, d, saturate(acc[id] ?? 0));
      acc[id] = 0;
    }
  }
  finishTextIndex(ix, postings);
  return ix;
}

export const FIELD_COUNT = FIELDS.length;

/** The term ids of each field of a document, in field order (for packing the index ahead). */
export function fieldIds(ix: TextIndex, doc: SearchDoc): number[][] {
  return FIELDS.map((f) => {
    const ids: number[] = [];
    for (const text of f.get(doc)) textIds(ix, text, false, ids);
    return ids;
  });
}

/**
 * What one occurrence of a term adds in each (document, field), from the fields' lengths in terms (document-major):
 * the field's weight over its BM25 length norm.
 */
export function fieldUnits(lengths: Int32Array, nd: number): Float64Array {
  const nf = FIELDS.length;
  const avg = FIELDS.map((_, f) => {
    let sum = 0;
    for (let d = 0; d < nd; d++) sum += lengths[d * nf + f] ?? 0;
    return Math.max(1, sum / Math.max(1, nd));
  });
  const units = new Float64Array(nd * nf);
  for (let i = 0; i < nd * nf; i++) units[i] = (FIELDS[i % nf]?.weight ?? 1) / (1 - B + (B * (lengths[i] ?? 0)) / (avg[i % nf] ?? 1));
  return units;
}

/** BM25 saturation of a term's weighted frequency in a document. */
export function saturate(w: number): number {
  return (w * (K1 + 1)) / (w + K1);
}

/** Postings as they are found, document by document (the first `n` of each array); finishTextIndex sorts them by term. */
export interface PostingList {
  term: Int32Array;
  doc: Int32Array;
  w: Float64Array;
  n: number;
}

export function newPostings(capacity: number): PostingList {
  return { term: new Int32Array(capacity), doc: new Int32Array(capacity), w: new Float64Array(capacity), n: 0 };
}

export function addPosting(p: PostingList, term: number, doc: number, w: number): void {
  if (p.n === p.term.length) {
    const grown = newPostings(p.n * 2 + 64);
    grown.term.set(p.term);
    grown.doc.set(p.doc);
    grown.w.set(p.w);
    p.term = grown.term;
    p.doc = grown.doc;
    p.w = grown.w;
  }
  p.term[p.n] = term;
  p.doc[p.n] = doc;
  p.w[p.n++] = w;
}

/** An index with no documents yet, to fill term by term (interning) and posting by posting. */
export function emptyTextIndex(docCount: number): TextIndex {
  return {
    terms: [], termId: new Map(), idf: new Float64Array(0), postStart: new Int32Array(1), postDoc: new Int32Array(0), postW: new Float64Array(0),
    docCount, wordIds: new Map(), byLength: null, sorted: null,
  };
}

/** Adds a term to the vocabulary (when new) and returns its id. */
export function internTerm(ix: TextIndex, term: string): number {
  let id = ix.termId.get(term);
  if (id === undefined) {
    id = ix.terms.length;
    ix.terms.push(term);
    ix.termId.set(term, id);
  }
  return id;
}

/** Sorts the postings by term (a counting sort: each term's documents stay in order) and computes the idf. */
export function finishTextIndex(ix: TextIndex, p: PostingList): void {
  const nt = ix.terms.length;
  const count = new Int32Array(nt + 1);
  for (let i = 0; i < p.n; i++) {
    const t = p.term[i] ?? 0;
    count[t + 1] = (count[t + 1] ?? 0) + 1;
  }
  for (let t = 0; t < nt; t++) count[t + 1] = (count[t + 1] ?? 0) + (count[t] ?? 0);
  ix.postStart = count.slice();
  ix.postDoc = new Int32Array(p.n);
  ix.postW = new Float64Array(p.n);
  for (let i = 0; i < p.n; i++) {
    const t = p.term[i] ?? 0;
    const at = count[t] ?? 0;
    count[t] = at + 1;
    ix.postDoc[at] = p.doc[i] ?? 0;
    ix.postW[at] = p.w[i] ?? 0;
  }
  ix.idf = new Float64Array(nt);
  for (let t = 0; t < nt; t++) {
    const df = docFreq(ix, t);
    ix.idf[t] = Math.log(1 + (ix.docCount - df + 0.5) / (df + 0.5));
  }
}

/** A vocabulary term a query word stands for, and how sure we are (1 exact, less for typos and prefixes). */
export interface Expansion {
  id: number;
  weight: number;
}

function prefixTerms(ix: TextIndex, prefix: string, limit: number): Expansion[] {
  // Default sort compares UTF-16 code units, as `<` does.
  const sorted = (ix.sorted ??= ix.terms.slice().sort());
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: Expansion[] = [];
  for (let i = lo; i < sorted.length && out.length < limit; i++) {
    const term = sorted[i] ?? '';
    if (!term.startsWith(prefix)) break;
    const id = ix.termId.get(term);
    if (term !== prefix && id !== undefined) out.push({ id, weight: 0.6 });
  }
  return out;
}

function lengthTable(ix: TextIndex): number[][] {
  if (!ix.byLength) {
    const table: number[][] = [];
    ix.terms.forEach((t, id) => (table[t.length] ??= []).push(id));
    ix.byLength = table;
  }
  return ix.byLength;
}

/** The vocabulary terms for one query token: itself, else its near spellings, plus completions when asked. */
export function expandToken(ix: TextIndex, token: string, opts: { completions: boolean; typos: boolean }): Expansion[] {
  const exact = ix.termId.get(token);
  const out: Expansion[] = exact === undefined ? [] : [{ id: exact, weight: 1 }];
  if (!opts.typos) return out;
  if (exact === undefined || docFreq(ix, exact) === 0) {
    const max = typoBudget(token.length);
    const byLength = lengthTable(ix);
    for (let len = token.length - max; len <= token.length + max; len++) {
      for (const id of byLength[len] ?? []) {
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
      const end = ix.postStart[id + 1] ?? 0;
      for (let i = ix.postStart[id] ?? end; i < end; i++) {
        const doc = ix.postDoc[i] ?? 0;
        const s = f * (ix.postW[i] ?? 0);
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
