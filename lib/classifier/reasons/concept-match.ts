/**
 * The one matcher for concept rules (concepts.ts, localized-concepts.ts): each term is found in the text the way
 * its rule's `match` says (whole words, word starts, or substrings of an unspaced script), and a rule matches when
 * a term of every group occurs within the rule's window of a term of the first, with no `unless` term around them.
 * Rules with a language are read only in a report in that language. Linear: one tokenizing pass per matching mode
 * (capped), one pass per group, and a bounded number of places per group.
 */
import { conceptTokens, MAX_LOCALIZED_CHARS, stemTokens } from './concept-tokens';
import type { ConceptPattern } from './concepts';

export { conceptTokens } from './concept-tokens';

/** Places of one group's terms kept, so that hostile repetition stays cheap. */
const MAX_SPANS = 64;

/** A term's place: token indexes (end exclusive), or for unspaced scripts the character offset of its start. */
interface Span {
  start: number;
  end: number;
  term: string;
}

type TermMap = Map<string, string[][]>;

const mapCache = new WeakMap<readonly string[], TermMap>();

function termMap(terms: readonly string[]): TermMap {
  const cached = mapCache.get(terms);
  if (cached) return cached;
  const map: TermMap = new Map();
  for (const term of terms) {
    const words = term.split(' ');
    const first = words[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), words]);
  }
  mapCache.set(terms, map);
  return map;
}

/** The text read three ways, each made once and only when a rule needs it. */
class Reading {
  private words?: string[];
  private stems?: string[];
  private lower?: string;
  constructor(private readonly text: string) {}
  termTokens = () => (this.words ??= conceptTokens(this.text));
  stemTokens = () => (this.stems ??= stemTokens(this.text));
  unspaced = () => (this.lower ??= this.text.slice(0, MAX_LOCALIZED_CHARS).toLowerCase());
}

/** Whole-word terms of one or more words. */
function termSpans(tokens: readonly string[], terms: readonly string[]): Span[] {
  const map = termMap(terms);
  const out: Span[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_SPANS; i++) {
    const candidates = map.get(tokens[i] ?? '');
    if (!candidates) continue;
    const hit = candidates.find((words) => words.every((w, k) => tokens[i + k] === w));
    if (hit) out.push({ start: i, end: i + hit.length, term: hit.join(' ') });
  }
  return out;
}

/** Stems at a word's start; a short term ("не", "no", "pas", "vol") must be the whole word. */
function stemSpans(tokens: readonly string[], terms: readonly string[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_SPANS; i++) {
    const t = tokens[i] ?? '';
    if (terms.some((g) => (g.length <= 3 ? t === g : t.startsWith(g)))) out.push({ start: i, end: i + 1, term: t });
  }
  return out;
}

/** Substrings anywhere, as points at their first character (so the gap between two is the distance of their starts). */
function unspacedSpans(text: string, terms: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const term of terms) {
    let n = 0;
    for (let at = text.indexOf(term); at !== -1 && n < MAX_SPANS; at = text.indexOf(term, at + 1), n++) out.push({ start: at, end: at, term });
  }
  return out.sort((a, b) => a.start - b.start);
}

function spans(reading: Reading, rule: ConceptPattern, terms: readonly string[]): Span[] {
  if (rule.match === 'unspaced') return unspacedSpans(reading.unspaced(), terms);
  if (rule.match === 'stems') return stemSpans(reading.stemTokens(), terms);
  return termSpans(reading.termTokens(), terms);
}

/** Tokens (or characters) between two places (0 when they touch or overlap). */
const gap = (a: Span, b: Span) => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

export interface ConceptHit<R extends ConceptPattern> {
  rule: R;
  /** The terms that matched, one per group, in the text's words. */
  terms: string[];
}

function matchRule<R extends ConceptPattern>(reading: Reading, rule: R): ConceptHit<R> | null {
  const [head, ...rest] = rule.groups.map((g) => spans(reading, rule, g));
  if (!head) return null;
  const unless = rule.unless ? spans(reading, rule, rule.unless) : [];
  for (const anchor of head.slice(0, MAX_SPANS)) {
    const picked = rest.map((group) => group.find((s) => gap(anchor, s) <= rule.window));
    if (picked.some((s) => s === undefined)) continue;
    const found = [anchor, ...picked.filter((s): s is Span => s !== undefined)];
    const from = Math.min(...found.map((s) => s.start)) - rule.window;
    const to = Math.max(...found.map((s) => s.end)) + rule.window;
    if (unless.some((u) => u.start >= from && u.end <= to)) continue;
    return { rule, terms: found.map((s) => s.term) };
  }
  return null;
}

/** The first concept rule that matches the text, in table order; `language`: the report's, for the localized rows. */
/** As `language`: read the rows of every language (a search query too short for its language to be told). */
export const ANY_LANGUAGE = '*';

export function findConceptRule<R extends ConceptPattern>(text: string, rules: readonly R[], language?: string | null): ConceptHit<R> | null {
  if (text.trim() === '') return null;
  const reading = new Reading(text);
  for (const rule of rules) {
    if (rule.language !== undefined && language !== ANY_LANGUAGE && rule.language !== language) continue;
    const hit = matchRule(reading, rule);
    if (hit) return hit;
  }
  return null;
}
