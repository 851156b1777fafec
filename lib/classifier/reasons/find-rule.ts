/**
 * Which rule names a reason in a text, in the fixed order of the tables: the narrow phrase rows (rules.ts, and
 * the localized rows when they join NARROW), then the concept rules (concepts.ts, then the report language's rows of
 * localized-concepts.ts), then the broad phrase rows.
 * Phrases match at the start of a word in the text lower-cased, with one space and without reply prefixes.
 */
import type { ReasonId } from '../../reasons';
import { findConceptRule } from './concept-match';
import { CONCEPT_RULES, type ConceptRule } from './concepts';
import { LOCALIZED_CONCEPT_RULES } from './localized-concepts';
import { LOCALIZED_PHRASE_RULES } from './localized';
import { BROAD_RULES, GIVES_WAY, NARROW_RULES, type PhraseRule } from './rules';

/** Phrase rows tried before the concept rules: the English table, then the other languages' rows (localized.ts). */
const NARROW: readonly PhraseRule[] = [...NARROW_RULES, ...LOCALIZED_PHRASE_RULES];
/** Concept rules in the order tried: the English ones (read in every report), then the other languages' rows. */
const CONCEPTS: readonly ConceptRule[] = [...CONCEPT_RULES, ...LOCALIZED_CONCEPT_RULES];
/** Ids of the rules whose words a filter also uses (PhraseRule.weak). */
export const WEAK_RULE_IDS: ReadonlySet<string> = new Set([...NARROW, ...BROAD_RULES, ...CONCEPTS].filter((r) => r.weak).map((r) => r.id));

export function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Text for phrase matching: lower case, one space, and multi-line reply prefixes ("550-5.7.1 ") removed. */
function matchable(text: string): string {
  return squash(text).replace(/(^| )[245]\d\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3} )?/g, '$1');
}

const LETTER = /\p{L}/u;
/** Scripts written without spaces between words: a phrase in them may start anywhere. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** How a phrase is looked for: at the text's start ("^"), anywhere (no letter first, or a script without spaces), or starting a word. */
type Mode = 'start' | 'anywhere' | 'word';

interface Phrase {
  text: string;
  /** `text` without the "^" of a phrase anchored to the start. */
  needle: string;
  mode: Mode;
  /** Hashes of the needle's first and last two characters (-1 for a one-character needle). */
  head: number;
  tail: number;
}

/** Character pairs of a text, hashed into a bit set: a phrase whose pairs are missing cannot occur, without a search. */
const PAIR_MASK = (1 << 14) - 1;
const pairHash = (s: string, i: number) => ((s.charCodeAt(i) * 0x9e37) ^ s.charCodeAt(i + 1)) & PAIR_MASK;

function pairsOf(t: string): Uint32Array {
  const bits = new Uint32Array((PAIR_MASK + 1) >>> 5);
  for (let i = 0; i + 1 < t.length; i++) {
    const h = pairHash(t, i);
    bits[h >>> 5] = (bits[h >>> 5] ?? 0) | (1 << (h & 31));
  }
  return bits;
}

const hasPair = (bits: Uint32Array, h: number) => h < 0 || ((bits[h >>> 5] ?? 0) & (1 << (h & 31))) !== 0;

function modeOf(p: string): Mode {
  if (p.startsWith('^')) return 'start';
  return !LETTER.test(p.charAt(0)) || UNSPACED.test(p.charAt(0)) ? 'anywhere' : 'word';
}

/** Whether the phrase occurs in the text starting a word ("virus" is not in "antivirus"); "^" anchors it to the start. */
function occurs(t: string, p: Phrase): boolean {
  if (p.mode === 'start') return t.startsWith(p.needle);
  if (p.mode === 'anywhere') return t.includes(p.needle);
  for (let i = t.indexOf(p.needle); i !== -1; i = t.indexOf(p.needle, i + 1)) {
    if (i === 0 || !LETTER.test(t.charAt(i - 1))) return true;
  }
  return false;
}

function phraseOf(text: string): Phrase {
  const needle = text.startsWith('^') ? text.slice(1) : text;
  const short = needle.length < 2;
  return { text, needle, mode: modeOf(text), head: short ? -1 : pairHash(needle, 0), tail: short ? -1 : pairHash(needle, needle.length - 2) };
}

/** Each table's phrases with their mode worked out once (the tables are constant). */
const PREPARED = new WeakMap<readonly PhraseRule[], ReadonlyArray<{ rule: PhraseRule; phrases: readonly Phrase[] }>>();

function prepared(rules: readonly PhraseRule[]): ReadonlyArray<{ rule: PhraseRule; phrases: readonly Phrase[] }> {
  let rows = PREPARED.get(rules);
  if (!rows) {
    rows = rules.map((rule) => ({ rule, phrases: rule.phrases.map(phraseOf) }));
    PREPARED.set(rules, rows);
  }
  return rows;
}

function firstPhrase(rules: readonly PhraseRule[], t: string, skip?: ReadonlySet<string>): { rule: PhraseRule; phrase: string } | null {
  const bits = pairsOf(t);
  for (const { rule, phrases } of prepared(rules)) {
    if (skip?.has(rule.id)) continue;
    const phrase = phrases.find((p) => hasPair(bits, p.head) && hasPair(bits, p.tail) && occurs(t, p));
    if (phrase) return { rule, phrase: phrase.text };
  }
  return null;
}

export interface RuleHit {
  reason: ReasonId;
  /** "phrase:<id>" or "concept:<id>". */
  ruleId: string;
  matched: string;
}

/**
 * The first rule that names a reason in the text: narrow phrases, concepts, broad phrases (`skip`: row ids to pass
 * over; `language`: the report's, which brings in that language's concept rows).
 */
export function findRule(text: string, skip?: ReadonlySet<string>, language?: string | null): RuleHit | null {
  const t = matchable(text.length > 16384 ? text.slice(0, 16384) : text);
  if (t.trim() === '') return null;
  const narrow = firstPhrase(NARROW, t, skip);
  if (narrow) return { reason: narrow.rule.reason, ruleId: `phrase:${narrow.rule.id}`, matched: narrow.phrase };
  const concept = findConceptRule(t, CONCEPTS, language);
  if (concept) return { reason: concept.rule.reason, ruleId: `concept:${concept.rule.id}`, matched: concept.terms[0] ?? '' };
  const gaveUp = firstPhrase(BROAD_RULES, t, skip);
  const why = gaveUp && GIVES_WAY.has(gaveUp.rule.id) ? firstPhrase(BROAD_RULES, t, new Set([...(skip ?? []), ...GIVES_WAY])) : null;
  const broad = why ?? gaveUp;
  return broad ? { reason: broad.rule.reason, ruleId: `phrase:${broad.rule.id}`, matched: broad.phrase } : null;
}

/** The phrase row (narrow or broad) that matches the text, for callers that only ask whether words name a failure. */
export function findPhraseRule(text: string): { rule: PhraseRule; phrase: string } | null {
  const t = matchable(text.length > 16384 ? text.slice(0, 16384) : text);
  return t.trim() === '' ? null : firstPhrase(NARROW, t) ?? firstPhrase(BROAD_RULES, t);
}
