/**
 * Phrase matching: how well the query and one known phrase (a server message, a keyword, a rule's wording)
 * agree, typo-tolerant through the query's term expansions, weighted by how rare each word is.
 */
import { QUESTION } from './query';
import { docFreq, textIds, type Expansion, type TextIndex } from './text-index';

export interface Phrase {
  /** Index of the document it points at. */
  doc: number;
  /** What it is: the message or keyword text, or the rule id. */
  text: string;
  /** A server's message (or its first sentence), not a keyword, rule wording or registered name. */
  message: boolean;
  ruleId: string | null;
  /** How much a full match counts for this document (a message on an error page more than on a code page). */
  weight: number;
  /** Codes written in the phrase ("gmail 5.6.0"): the query must hold them for the phrase to match fully. */
  codes: readonly string[];
  /** Sum of the idf of its terms, plus CODE_MASS per code. */
  mass: number;
}

export interface PhraseItem {
  doc: number;
  text: string;
  ruleId: string | null;
  weight: number;
  /** A server's message (or its first sentence); false when absent. */
  message?: boolean;
  /** The words to match when they differ from `text` (a message without its codes and addresses). */
  match?: string;
  codes?: readonly string[];
  /** Its term ids in ascending order, when known ahead (a packed index): then `match` and `text` are not read again. */
  ids?: readonly number[];
}

/** A phrase keeps its question words unless this many other words remain. */
const MIN_PLAIN_WORDS = 2;
/** What a code written inside a phrase weighs, like a rare word. */
const CODE_MASS = 3;
/** A phrase lighter than this (one common word, e.g. "send as" without its stop word) counts proportionally less. */
const MIN_MASS = 4;
const NO_CODES: readonly string[] = [];

export interface PhraseIndex {
  phrases: Phrase[];
  /** Term id → the phrases that contain it, flat: byTerm[byTermStart[t]] up to byTerm[byTermStart[t + 1]]. */
  byTermStart: Int32Array;
  byTerm: Int32Array;
}

/** The idf a phrase term weighs: a word known only from rules counts as the rarest. */
function termIdf(ix: TextIndex, id: number, maxIdf: number): number {
  return docFreq(ix, id) ? (ix.idf[id] ?? 0) : maxIdf;
}

export function buildPhraseIndex(ix: TextIndex, items: readonly PhraseItem[]): PhraseIndex {
  const nt = ix.terms.length;
  const maxIdf = Math.log(1 + (ix.docCount + 0.5) / 0.5);
  const phrases: Phrase[] = [];
  const seen = new Int32Array(nt);
  const count = new Int32Array(nt + 1);
  const pairTerm: number[] = [];
  const pairPhrase: number[] = [];
  const scratch: number[] = [];
  // Which terms are question words, looked up once per term rather than once per phrase word.
  const question = new Uint8Array(nt);
  for (const w of QUESTION) {
    const id = ix.termId.get(w);
    if (id !== undefined) question[id] = 1;
  }
  for (const item of items) {
    let ids = item.ids;
    if (!ids) {
      scratch.length = 0;
      textIds(ix, item.match ?? item.text, false, scratch);
      // Sorted, so the mass adds up in the same order as for ids from the packed index (which come sorted).
      ids = scratch.sort((a, b) => a - b);
    }
    const idx = phrases.length;
    const codes = item.codes ?? NO_CODES;
    let mass = codes.length * CODE_MASS;
    let n = 0;
    // A question's words ("why is my mail going to spam") are left out of queries, so a phrase does without them
    // too, unless little would be left ("wrong port" is not "port").
    let plain = 0;
    for (let i = 0; i < ids.length; i++) if (question[ids[i] ?? 0] === 0) plain++;
    const dropQuestion = plain >= MIN_PLAIN_WORDS;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      if (seen[id] === idx + 1 || (dropQuestion && question[id] === 1)) continue;
      seen[id] = idx + 1;
      mass += termIdf(ix, id, maxIdf);
      pairTerm.push(id);
      pairPhrase.push(idx);
      count[id + 1] = (count[id + 1] ?? 0) + 1;
      n++;
    }
    if (n === 0) continue;
    phrases.push({ doc: item.doc, text: item.text, message: item.message ?? false, ruleId: item.ruleId, weight: item.weight, codes, mass });
  }
  for (let t = 0; t < nt; t++) count[t + 1] = (count[t + 1] ?? 0) + (count[t] ?? 0);
  const byTermStart = count.slice();
  const byTerm = new Int32Array(pairTerm.length);
  for (let i = 0; i < pairTerm.length; i++) {
    const t = pairTerm[i] ?? 0;
    const at = count[t] ?? 0;
    count[t] = at + 1;
    byTerm[at] = pairPhrase[i] ?? 0;
  }
  return { phrases, byTermStart, byTerm };
}

export interface PhraseHit {
  phrase: Phrase;
  /** 0..1: how much of the phrase the query holds, times how much of the query the phrase explains. */
  score: number;
  /** 0..1: how much of the query (by word weight) the phrase holds. */
  queryCover: number;
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
/**
 * `unknownWords`: how much a query word found nowhere in the vocabulary weighs in the query's mass: as the rarest
 * word by default (a short query's unknown word is a typo we could not mend, and the match is less sure), nothing
 * for a pasted bounce, whose unknown words are host names, queue ids and dates that no page can explain.
 */
export function matchPhrases(
  ix: TextIndex,
  px: PhraseIndex,
  expansions: Expansion[][],
  queryCodes: readonly string[] = [],
  unknownWords: 'rare' | 'ignored' = 'rare',
): Map<number, PhraseHit> {
  const maxIdf = Math.log(1 + (ix.docCount + 0.5) / 0.5);
  scratch(px.phrases.length);
  const touched: number[] = [];
  const done = new Set<number>();
  let queryMass = 0;
  expansions.forEach((exp, tok) => {
    let tokenIdf = exp.length || unknownWords === 'ignored' ? 0 : maxIdf;
    for (const e of exp) {
      const v = termIdf(ix, e.id, maxIdf) * e.weight;
      if (v > tokenIdf) tokenIdf = v;
      const first = !done.has(e.id);
      done.add(e.id);
      const end = px.byTermStart[e.id + 1] ?? 0;
      for (let i = px.byTermStart[e.id] ?? end; i < end; i++) {
        const p = px.byTerm[i] ?? 0;
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
    if (!prev || score > prev.score) best.set(phrase.doc, { phrase, score, queryCover: cq });
  }
  return best;
}
