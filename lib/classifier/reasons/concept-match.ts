/**
 * Matching concept rules (concepts.ts): the text becomes a list of word tokens, each vocabulary term a short run
 * of them, and a rule matches when a term of every group occurs within the rule's window of the first.
 * Mail addresses, host names and IPv4 addresses stand as the tokens "xaddr", "xhost" and "xip", so "bob@example.org does not exist"
 * and "example.org does not exist" read as what they are. Linear: one pass to tokenize (capped), one pass per
 * group with a map from a term's first word to its terms.
 */
import type { ConceptRule } from './concepts';

/** Longest text read; a diagnostic is a few lines. */
const MAX_CHARS = 4096;
/** Places of one group's terms kept, so that hostile repetition stays cheap. */
const MAX_SPANS = 64;

const ADDRESS = /[^\s<>()[\]"',;:]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
const HOST = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,24})\b/g;
/** Links carry words of their own ("?ip=…", "/user-unknown/") that are not the server's sentence. */
const URL = /\b(?:https?:\/\/|www\.)\S*/g;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** Lower-case word tokens; "n't" becomes "not" and addresses and host names become "xaddr" and "xhost". */
export function conceptTokens(text: string): string[] {
  const t = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text)
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(URL, ' ')
    .replace(ADDRESS, ' xaddr ')
    .replace(HOST, ' xhost ')
    .replace(IPV4, ' xip ')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not');
  return t.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

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

/** Every place a term of the group occurs, in token order. */
function spans(tokens: readonly string[], terms: readonly string[]): Span[] {
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

/** Tokens between two spans (0 when they touch or overlap). */
const gap = (a: Span, b: Span) => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

export interface ConceptHit {
  rule: ConceptRule;
  /** The terms that matched, one per group, in the text's words. */
  terms: string[];
}

function matchRule(tokens: readonly string[], rule: ConceptRule): ConceptHit | null {
  const [head, ...rest] = rule.groups.map((g) => spans(tokens, g));
  if (!head) return null;
  const unless = rule.unless ? spans(tokens, rule.unless) : [];
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

/** The first concept rule that matches the text, in table order. */
export function findConceptRule(text: string, rules: readonly ConceptRule[]): ConceptHit | null {
  if (text.trim() === '') return null;
  const tokens = conceptTokens(text);
  for (const rule of rules) {
    const hit = matchRule(tokens, rule);
    if (hit) return hit;
  }
  return null;
}
