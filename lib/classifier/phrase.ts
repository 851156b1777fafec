/**
 * Phrase matching: how well the query and one known phrase (a server message, a keyword, a rule's wording)
 * agree, typo-tolerant through the query's term expansions, weighted by how rare each word is.
 */
import type { Expansion, TextIndex } from './text-index';
import { tokenize } from './text';

export interface Phrase {
  /** Index of the document it points at. */
  doc: number;
  /** What it is: the message or keyword text, or the rule id. */
  text: string;
  ruleId: string | null;
  /** How much a full match counts for this document (a message on an error page more than on a code page). */
  weight: number;
  terms: number[];
  /** Codes written in the phrase ("gmail 5.6.0"): the query must hold them for the phrase to match fully. */
  codes: string[];
  /** Sum of the idf of its terms, plus CODE_MASS per code. */
  mass: number;
}

/** What a code written inside a phrase weighs, like a rare word. */
const CODE_MASS = 3;
/** A phrase lighter than this (one common word, e.g. "send as" without its stop word) counts proportionally less. */
const MIN_MASS = 4;

export interface PhraseIndex {
  phrases: Phrase[];
  /** Term id → indexes of the phrases that contain it. */
  byTerm: Map<number, number[]>;
}

export function buildPhraseIndex(
  ix: TextIndex,
  items: { doc: number; text: string; ruleId: string | null; weight: number; match?: string; codes?: string[] }[],
  tok: (text: string) => string[] = tokenize,
): PhraseIndex {
  const out: PhraseIndex = { phrases: [], byTerm: new Map() };
  const maxIdf = Math.log(1 + (ix.docCount + 0.5) / 0.5);
  for (const item of items) {
    const terms = [...new Set(tok(item.match ?? item.text))].flatMap((t) => {
      const id = ix.termId.get(t);
      return id === undefined ? [] : [id];
    });
    if (terms.length === 0) continue;
    const codes = item.codes ?? [];
    const mass = terms.reduce((n, id) => n + (ix.postings[id]?.length ? (ix.idf[id] ?? 0) : maxIdf), codes.length * CODE_MASS);
    const idx = out.phrases.length;
    out.phrases.push({ doc: item.doc, text: item.text, ruleId: item.ruleId, weight: item.weight, terms, codes, mass });
    for (const id of terms) {
      const list = out.byTerm.get(id);
      if (list) list.push(idx);
      else out.byTerm.set(id, [idx]);
    }
  }
  return out;
}

export interface PhraseHit {
  phrase: Phrase;
  /** 0..1: how much of the phrase the query holds, times how much of the query the phrase explains. */
  score: number;
}

/** A phrase less than this much covered by the query does not count at all. */
const MIN_COVER = 0.3;

/** Scratch arrays, reused between queries (search is synchronous), grown with the phrase count. */
let got = new Float64Array(0);
let qmass = new Float64Array(0);
let tokBest = new Float64Array(0);
let lastTok = new Int32Array(0);

function scratch(n: number) {
  if (got.length < n) {
    got = new Float64Array(n);
    qmass = new Float64Array(n);
    tokBest = new Float64Array(n);
    lastTok = new Int32Array(n);
  }
}

/** The best phrase per document, for a query given as its tokens' expansions. */
export function matchPhrases(ix: TextIndex, px: PhraseIndex, expansions: Expansion[][], queryCodes: readonly string[] = []): Map<number, PhraseHit> {
  const maxIdf = Math.log(1 + (ix.docCount + 0.5) / 0.5);
  const termIdf = (id: number) => (ix.postings[id]?.length ? (ix.idf[id] ?? 0) : maxIdf);
  scratch(px.phrases.length);
  const touched: number[] = [];
  const done = new Set<number>();
  let queryMass = 0;
  expansions.forEach((exp, tok) => {
    let tokenIdf = exp.length ? 0 : maxIdf;
    for (const e of exp) {
      const v = termIdf(e.id) * e.weight;
      if (v > tokenIdf) tokenIdf = v;
      const first = !done.has(e.id);
      done.add(e.id);
      for (const p of px.byTerm.get(e.id) ?? []) {
        if (lastTok[p] === 0 && qmass[p] === 0 && got[p] === 0) touched.push(p);
        if (first) got[p] = (got[p] ?? 0) + v;
        if (lastTok[p] !== tok + 1) {
          lastTok[p] = tok + 1;
          tokBest[p] = v;
          qmass[p] = (qmass[p] ?? 0) + v;
        } else if (v > (tokBest[p] ?? 0)) {
          qmass[p] = (qmass[p] ?? 0) + v - (tokBest[p] ?? 0);
          tokBest[p] = v;
        }
      }
    }
    queryMass += tokenIdf;
  });
  const best = new Map<number, PhraseHit>();
  for (const p of touched) {
    const phrase = px.phrases[p];
    const codeGot = phrase ? phrase.codes.filter((c) => queryCodes.includes(c)).length * CODE_MASS : 0;
    const cp = phrase ? Math.min(1, ((got[p] ?? 0) + codeGot) / phrase.mass) : 0;
    const cq = queryMass > 0 ? Math.min(1, (qmass[p] ?? 0) / queryMass) : 0;
    got[p] = qmass[p] = tokBest[p] = lastTok[p] = 0;
    if (!phrase || cp < MIN_COVER) continue;
    const score = cp * cp * (0.6 + 0.4 * cq) * phrase.weight * Math.min(1, phrase.mass / MIN_MASS);
    const prev = best.get(phrase.doc);
    if (!prev || score > prev.score) best.set(phrase.doc, { phrase, score });
  }
  return best;
}
