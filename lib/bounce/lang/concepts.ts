/**
 * Matches the concept vocabularies of concept-words.ts: for the report's language, the first concept whose groups
 * all occur within a short window of each other. Pure and linear in the text (the text is capped).
 */
import type { ReasonId } from '../../reasons';
import { CHAR_WINDOW, CONCEPTS, TOKEN_WINDOW, type Concept, type Groups } from './concept-words';

const MAX_CHARS = 8192;
const CJK = new Set(['ja', 'zh']);

export interface ConceptHit {
  concept: Concept;
  /** The words that matched, in text order. */
  words: string[];
}

/** Positions of each group's terms: token indexes (stems) or character offsets (substrings). */
function positions(group: readonly string[], tokens: readonly string[] | null, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  if (tokens) {
    tokens.forEach((t, i) => {
      // short words ("не", "no", "non", "pas", "vol") must be the whole token; longer ones are stems
      const term = group.find((g) => (g.length <= 3 ? t === g : t.startsWith(g)));
      if (term) out.push([i, t]);
    });
    return out;
  }
  for (const term of group) for (let at = text.indexOf(term); at !== -1 && out.length < 200; at = text.indexOf(term, at + 1)) out.push([at, term]);
  return out;
}

function matchGroups(groups: Groups, tokens: readonly string[] | null, text: string): string[] | null {
  const window = tokens ? TOKEN_WINDOW : CHAR_WINDOW;
  const found = groups.map((g) => positions(g, tokens, text));
  if (found.some((f) => f.length === 0)) return null;
  for (const [start, word] of found[0] ?? []) {
    const near = found.slice(1).map((f) => f.find(([p]) => Math.abs(p - start) <= window));
    if (near.every(Boolean)) return [word, ...near.map((n) => n?.[1] ?? '')];
  }
  return null;
}

function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((t) => t !== '');
}

/** The first concept of `language` that matches, optionally only concepts naming `names`. */
export function findConcept(text: string, language: string, names?: (n: Concept['names']) => boolean): ConceptHit | null {
  const t = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const tokens = CJK.has(language) ? null : tokenize(t);
  const lower = t.toLowerCase();
  for (const concept of CONCEPTS) {
    if (concept.language !== language || (names && !names(concept.names))) continue;
    for (const groups of concept.alternatives) {
      const words = matchGroups(groups, tokens, lower);
      if (words) return { concept, words };
    }
  }
  return null;
}

export function failureConcept(text: string, language: string): ConceptHit | null {
  return findConcept(text, language, (n) => n === 'failure');
}

export function reasonConcept(text: string, language: string): { reason: ReasonId; hit: ConceptHit } | null {
  const hit = findConcept(text, language, (n) => n !== 'failure');
  return hit && hit.concept.names !== 'failure' ? { reason: hit.concept.names, hit } : null;
}
