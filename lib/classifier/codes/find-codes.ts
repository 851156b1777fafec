/**
 * Finds SMTP codes in any text: three-digit reply codes ("550", "550-" continuation lines, "smtp;550") and
 * enhanced status codes ("5.1.1", "#5.1.1", "5.7.606"), while refusing their lookalikes: IP addresses, dates,
 * times, sizes, ports, version numbers, queue ids and phone numbers.
 */

export type CodeKind = 'reply' | 'status';

export interface CodeHit {
  /** The code as written, normalised: "550" or "5.1.1". */
  code: string;
  kind: CodeKind;
  /** Offsets of the code in the text (end exclusive). */
  start: number;
  end: number;
}

export interface FindOptions {
  /**
   * Loose mode accepts any three digits 100–599 as a reply code (a search box query such as "101" names a
   * folklore code). Strict mode, for bounce text, accepts only 2xx–5xx with a second digit 0–5.
   */
  loose?: boolean;
}

/**
 * In loose mode, an enhanced code typed with another separator than the dot, the same one twice, as people type
 * codes on phones and in tickets: "5 7 1", "5,2,2", "5-7-26", "5_1_1", "5/7/1", "5. 7. 1". Refused like the dotted
 * form after a letter, digit or version word, and when another group follows (phones "5 55 1234", IP-like
 * "5 1 1 9", dates "5/7/2024" have a fourth group or a four-digit part).
 */
const SPACED_STATUS =
  /(?<![\w./=:,+_]|(?<!\b[1-5]\d\d)-)(?<![,_/-]\s+|(?<![1-5]\d)\d\s+)(?<!(?:version|release|build|ver|v)\s{0,2})([245])(\s*[,_/-]\s*|\s*\.\s+|\s+\.\s*|\s+)([0-7])\2(\d{1,3})(?![\w.]|\s*[,_/.-]?\s*\d)/gi;

// Subject is one digit 0-7 (every registered subject); detail 1-3 digits. Not inside a dotted number, not after
// a letter or slash (host names, paths, "v5.1.1"), not after a version word.
const STATUS =
  /(?<![\w./=])(?<![^\s]:)(?<!(?:version|release|build|ver)\s{0,2})([245])\.([0-7])\.(\d{1,3})(?![\d]|\.\d|[A-Za-z])/gi;

// Three digits standing alone; the context checks below throw out the lookalikes.
const REPLY = /(?<![\w./=+#$%-])(?<![^\s]:)([1-5]\d\d)(?!\w)/g;

// Units, and the plural nouns of a count ("send to 500 people", "300 messages per hour").
const UNIT_AFTER =
  /^\s*(?:bytes?|[kmgt]i?b\b|ms\b|sec(?:onds?)?\b|min(?:utes?)?\b|hours?\b|days?\b|times\b|%|px\b|(?:people|persons|recipients|users|contacts|e-?mails|messages|addresses|members|subscribers)\b|per\s)/i;
const WORD_BEFORE = /\b(?:port|size|pid|uid|id|line|version|no\.?|number|ext\.?|tel\.?|phone)\s*[:=]?\s*$/i;
const STATUS_AHEAD = /^[#(]?[245]\.[0-7]\.\d{1,3}(?![\d.])/;
const SPACED_STATUS_AHEAD = /^-[245]-[0-7]-\d{1,3}(?![\d-])/;

/** Whether the characters after a three-digit number let it be a reply code. */
function replyContextOk(text: string, start: number, end: number, loose: boolean): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (/\d[ \t,-]$/.test(before) || WORD_BEFORE.test(before)) return false;
  const after = text.slice(end, end + 16);
  if (UNIT_AFTER.test(after)) return false;
  const next = after.charAt(0);
  if (next === '' || /[\s;,)\]"'>]/.test(next)) {
    if (/^[,.]\d/.test(after)) return false;
    const token = /^[ \t]+(\S+)/.exec(after)?.[1] ?? '';
    // "554 554 5.7.0 Header error": a reply code repeated by the relaying server
    if (token === text.slice(start, end)) return true;
    return !/^\d{2,}/.test(token) || STATUS_AHEAD.test(token);
  }
  if (next === '.' || next === ':') return !/^.\d/.test(after);
  if (next === '-' && loose && SPACED_STATUS_AHEAD.test(after)) return true;
  if (next === '-') return STATUS_AHEAD.test(after.slice(1).replace(/^['"]/, '')) || /^-[ \t]?['"]?[A-Za-z<"(\[]/.test(after);
  return false;
}

/** Every code in the text, in order of appearance. */
export function findCodes(text: string, options: FindOptions = {}): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const m of text.matchAll(STATUS)) {
    const start = m.index;
    hits.push({ code: `${m[1]}.${m[2]}.${Number(m[3])}`, kind: 'status', start, end: start + m[0].length });
  }
  if (options.loose) {
    for (const m of text.matchAll(SPACED_STATUS)) {
      const start = m.index;
      const end = start + m[0].length;
      if (UNIT_AFTER.test(text.slice(end, end + 16)) || WORD_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ code: `${m[1]}.${m[3]}.${Number(m[4])}`, kind: 'status', start, end });
    }
  }
  for (const m of text.matchAll(REPLY)) {
    const code = m[1] ?? '';
    const start = m.index;
    const end = start + code.length;
    if (!options.loose && !/^[2-5][0-5]\d$/.test(code)) continue;
    if (!replyContextOk(text, start, end, options.loose ?? false)) continue;
    if (hits.some((h) => start >= h.start && start < h.end)) continue;
    hits.push({ code, kind: 'reply', start, end });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A reply code directly followed by an enhanced code ("550 5.1.1", "550-5.1.1", "550 #5.1.1"). */
export interface CodePair {
  replyCode: string;
  statusCode: string;
  start: number;
  end: number;
}

export function findPairs(text: string, options: FindOptions = {}): CodePair[] {
  return pairsAmong(text, findCodes(text, options));
}

/** The pairs among codes already found in the text (findCodes' answer), without searching it again. */
export function pairsAmong(text: string, hits: readonly CodeHit[]): CodePair[] {
  const pairs: CodePair[] = [];
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (!a || !b || a.kind !== 'reply' || b.kind !== 'status') continue;
    if (!/^[\s-]{0,3}['"]?[#(]?$/.test(text.slice(a.end, b.start))) continue;
    pairs.push({ replyCode: a.code, statusCode: b.code, start: a.start, end: b.end });
  }
  return pairs;
}

/** The class digit of a code ("5" for 550 or 5.1.1). */
export function codeClass(code: string): string {
  return code.charAt(0);
}
