/**
 * Turns the serialized SearchDoc[] into the structures the ranking reads: the text index, the phrase index
 * (server messages, keywords, curated rules) and the code → document table. Cached per docs array.
 *
 * Reading every text into words is most of that work, and a phone does it with a cold JavaScript engine, so the
 * build does it ahead: packSearchDocs() gives each document a `packed` string with the terms it brings to the
 * vocabulary, its postings and its phrases' term ids; prepareIndex() then only decodes numbers. Documents without
 * it (or packed for another array) are read from their text, with the same result up to the weights' rounding.
 */
import { templateWords } from '../../content/message-template';
import { ARTICLE_RULES } from './article-rules';
import { findCodes } from '../codes/find-codes';
import { buildPhraseIndex, type PhraseIndex, type PhraseItem } from './phrase';
import { stripNoise } from './query';
import { topicTable, type TopicTable } from './topics';
import type { SearchDoc } from './search-doc';
import {
  buildTextIndex, emptyTextIndex, FIELD_COUNT, fieldIds, fieldUnits, finishTextIndex, internTerm, newPostings, saturate, textIds, type TextIndex,
} from './text-index';

export interface PreparedIndex {
  docs: readonly SearchDoc[];
  text: TextIndex;
  phrases: PhraseIndex;
  /** Code → documents that cover it, with how strongly (its own page most). */
  codes: Map<string, { doc: number; score: number }[]>;
  /** "550 5.1.1" → documents with a message sent with exactly that pair. */
  pairs: Map<string, Set<number>>;
  /** Topic words → the page that is the answer for them. */
  topics: TopicTable;
  /** A permanent status-code page → its temporary twin (/codes/5.7.5/ → /codes/4.7.5/). */
  temporaryTwin: Map<number, number>;
  /** The URLs of the temporary status pages that have a permanent twin. */
  permanentTwin: Set<string>;
  /** URL → document index. */
  byUrl: Map<string, number>;
}

/** How much covering a code counts, by the kind of page and whether the code is the page's own. */
function codeWeight(doc: SearchDoc, code: string, isStatus: boolean): number {
  const own = doc.kind === (isStatus ? 'status-code' : 'reply-code') && (isStatus ? doc.statusCodes[0] : doc.replyCodes[0]) === code;
  if (own) return isStatus ? 100 : 60;
  if (doc.kind === 'status-code') return isStatus ? 80 : 10;
  if (doc.kind === 'reply-code') return 10;
  if (doc.kind === 'guide') return 5;
  return isStatus ? 45 : 15;
}

/** Message text without codes, addresses, IPs or URLs; most messages have none, so skip the work when no digit, '<', '@', '=' or '://'. */
const withoutCodes = (text: string) => (/[\d<@=]|:\/\//.test(text) ? stripNoise(text, findCodes(text)) : text);
const NO_CODES: readonly string[] = [];
/** A code's registered name counts for its own page as a server message does for an error page. */
const REGISTERED = 0.55;
/** A message's first sentence counts this much of the whole message when the query quotes only it. */
const LEAD_SENTENCE = 0.95;

/**
 * The first sentence of a message of several ("The IP address sending this message does not have a PTR record
 * setup, or ... the sending IP." of Gmail's two): servers wrap and cut long replies and people paste the first
 * sentence, which alone covers too little of the whole to match it. Null for a message of one sentence.
 */
export function leadSentence(text: string): string | null {
  const m = /^(.+?[.!?])\s+(?=[A-Z])(.+)$/s.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const words = (t: string) => t.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length;
  return words(m[1]) >= 5 && words(m[2]) >= 3 ? m[1] : null;
}

/** How many phrase items a document brings, in order: its messages, their lead sentences, its keywords, its registered name. */
const itemCount = (d: SearchDoc) => d.messages.length + d.messages.filter((m) => leadSentence(m.text)).length + d.keywords.length + (d.registryTitle ? 1 : 0);
const RULE_WORDING = 0.95;
/** A message a code page quotes from an error page (SearchMessage.alsoOn): the error page is its answer. */
const QUOTED = 0.3;
const cache = new WeakMap<readonly SearchDoc[], PreparedIndex>();

/** The curated rules' phrases, for the documents they point at. */
function ruleItems(docs: readonly SearchDoc[]): PhraseItem[] {
  const byUrl = new Map<string, number>();
  docs.forEach((d, i) => byUrl.set(d.url, i));
  const rules: PhraseItem[] = [];
  for (const r of ARTICLE_RULES) {
    const doc = byUrl.get(r.url);
    if (doc === undefined) continue;
    // A rule's other wordings count a little less than a message quoted word for word.
    for (const text of r.phrases) rules.push({ doc, text, ruleId: r.id, weight: RULE_WORDING });
    rules.push({ doc, text: withoutCodes(r.message), ruleId: r.id, weight: 1 });
  }
  return rules;
}

/** What the packed index knows ahead for the phrases: term ids per item, and the codes written in keywords. */
interface KnownPhrases {
  ids: readonly (readonly number[])[];
  codes: ReadonlyMap<number, readonly string[]>;
}

/** Each document's messages, their lead sentences, its keywords, its code's registered name, as phrases. */
function docItems(docs: readonly SearchDoc[], known?: KnownPhrases): PhraseItem[] {
  const items: PhraseItem[] = [];
  const keywordCodes = new Map<string, readonly string[]>();
  docs.forEach((d, doc) => {
    const w = d.kind === 'error' ? 1 : 0.55;
    for (const m of d.messages) {
      const ids = known?.ids[items.length];
      const mw = m.alsoOn ? QUOTED : w;
      items.push(ids ? { doc, text: m.text, message: true, ruleId: null, weight: mw, ids } : { doc, text: m.text, message: true, ruleId: null, weight: mw, match: withoutCodes(templateWords(m.text)) });
    }
    for (const m of d.messages) {
      const lead = leadSentence(m.text);
      if (!lead) continue;
      const ids = known?.ids[items.length];
      const lw = (m.alsoOn ? QUOTED : w) * LEAD_SENTENCE;
      items.push(ids ? { doc, text: m.text, message: true, ruleId: null, weight: lw, ids } : { doc, text: m.text, message: true, ruleId: null, weight: lw, match: withoutCodes(templateWords(lead)) });
    }
    for (const k of d.keywords) {
      const ids = known?.ids[items.length];
      // A guide's keyword of several words names a situation it answers ("goes to spam", "bounces I didn't send"),
      // as an error page's does; a one-word one ("SPF") a subject it only mentions.
      const kw = (d.kind === 'guide' && /\S\s+\S/.test(k) ? 1 : w) * 0.9;
      let codes = known ? (known.codes.get(items.length) ?? NO_CODES) : /\d/.test(k) ? keywordCodes.get(k) : NO_CODES;
      if (codes === undefined) keywordCodes.set(k, (codes = findCodes(k, { loose: true }).map((h) => h.code)));
      items.push(ids ? { doc, text: k, ruleId: null, weight: kw, codes, ids } : { doc, text: k, ruleId: null, weight: kw, codes });
    }
    if (d.registryTitle) {
      const ids = known?.ids[items.length];
      items.push(ids ? { doc, text: d.registryTitle, ruleId: null, weight: REGISTERED, ids } : { doc, text: d.registryTitle, ruleId: null, weight: REGISTERED, match: withoutCodes(d.registryTitle) });
    }
  });
  return items;
}

function codeTables(docs: readonly SearchDoc[]): Pick<PreparedIndex, 'codes' | 'pairs'> {
  const codes = new Map<string, { doc: number; score: number }[]>();
  const pairs = new Map<string, Set<number>>();
  const add = (d: SearchDoc, doc: number, list: readonly string[], isStatus: boolean) => {
    list.forEach((code, i) => {
      if (list.indexOf(code) !== i) return;
      const entry = { doc, score: codeWeight(d, code, isStatus) };
      const l = codes.get(code);
      if (l) l.push(entry);
      else codes.set(code, [entry]);
    });
  };
  docs.forEach((d, doc) => {
    add(d, doc, d.statusCodes, true);
    add(d, doc, d.replyCodes, false);
    for (const m of d.messages) {
      if (!m.replyCode || !m.statusCode) continue;
      const key = `${m.replyCode} ${m.statusCode}`;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(doc));
    }
  });
  return { codes, pairs };
}

function twins(docs: readonly SearchDoc[]): Map<number, number> {
  const byCode = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.kind === 'status-code' && d.statusCodes[0]) byCode.set(d.statusCodes[0], i);
  });
  const out = new Map<number, number>();
  for (const [code, doc] of byCode) {
    const twin = code.startsWith('5.') ? byCode.get(`4${code.slice(1)}`) : undefined;
    if (twin !== undefined) out.set(doc, twin);
  }
  return out;
}

function twinTables(docs: readonly SearchDoc[]): Pick<PreparedIndex, 'temporaryTwin' | 'permanentTwin'> {
  const temporaryTwin = twins(docs);
  return { temporaryTwin, permanentTwin: new Set([...temporaryTwin.values()].flatMap((doc) => docs[doc]?.url ?? [])) };
}

export function prepareIndex(docs: readonly SearchDoc[]): PreparedIndex {
  const cached = cache.get(docs);
  if (cached) return cached;
  const rules = ruleItems(docs);
  const packed = unpack(docs, rules);
  const text = packed?.text ?? buildTextIndex(docs, rules.map((r) => r.text));
  const items = docItems(docs, packed?.phrases);
  for (const r of rules) items.push(r);
  const prepared: PreparedIndex = { docs, text, phrases: buildPhraseIndex(text, items), ...codeTables(docs), topics: topicTable(docs), ...twinTables(docs), byUrl: new Map(docs.map((d, i) => [d.url, i])) };
  cache.set(docs, prepared);
  return prepared;
}

/**
 * Hands prepareIndex() an index prepared earlier (the command line keeps one on disk between calls, copied with
 * the structured clone algorithm), so later calls with its docs array return it instead of preparing again.
 */
export function adoptPreparedIndex(prepared: PreparedIndex): void {
  cache.set(prepared.docs, prepared);
}

// ---- The packed form: numbers as base-64 digits, 0–31 ending a number and 32–63 carrying five more bits. ----

const PACK_VERSION = 'p3';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT[DIGITS.charCodeAt(i)] = i;

/** Every number in a packed stream, in order, or null on a foreign character or a cut-off number. One loop, no calls: it runs cold. */
function readInts(s: string): Int32Array | null {
  const out = new Int32Array(s.length);
  let n = 0;
  let v = 0;
  let scale = 1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const c = code < 128 ? (DIGIT[code] ?? -1) : -1;
    if (c < 0) return null;
    if (c < 32) {
      out[n++] = v + c * scale;
      v = 0;
      scale = 1;
    } else {
      v += (c - 32) * scale;
      scale *= 32;
    }
  }
  return scale === 1 ? out.subarray(0, n) : null;
}

function writeInt(out: string[], n: number): void {
  let v = n;
  while (v >= 32) {
    out.push(DIGITS[32 + (v & 31)] ?? '');
    v = Math.floor(v / 32);
  }
  out.push(DIGITS[v] ?? '');
}

/** A copy of the document without its share of the packed index. */
export function withoutPacked(d: SearchDoc): SearchDoc {
  const copy = { ...d };
  delete copy.packed;
  return copy;
}

/** A 32-bit FNV-1a hash of the documents' URLs: tells a packed index from one made for another array. */
function fingerprint(docs: readonly SearchDoc[]): string {
  let h = 0x811c9dc5;
  for (const d of docs) {
    for (let i = 0; i < d.url.length; i++) h = Math.imul(h ^ d.url.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Mask bit of each field (title, messages, keywords, slug, origin, summary, headings): the commonest lowest, to fit one digit. */
const FIELD_BIT = [4, 8, 2, 16, 32, 1, 64];

/**
 * The documents, the first carrying the packed index in `packed` (any old one dropped): what the build writes.
 * Layout: `p3,<docs>,<fingerprint>,<postings>|<vocabulary, space-separated>|<numbers>|<item=codes;...>`. The
 * numbers: each document's field lengths; then per document its postings (term id step; fields mask × 2 + 1 when
 * a count follows for each field, else + 0) and each message's, lead sentence's, keyword's and registered name's terms as steps through the
 * document's own terms. The last part lists the codes written in keywords, by item.
 */
export function packSearchDocs(docs: readonly SearchDoc[]): SearchDoc[] {
  const plain = docs.map(withoutPacked);
  const ix = buildTextIndex(plain);
  const fields = plain.map((d) => fieldIds(ix, d));
  const out: string[] = [];
  for (const f of fields) for (const ids of f) writeInt(out, ids.length);
  const items = docItems(plain);
  let item = 0;
  plain.forEach((d, doc) => {
    const counts = new Map<number, number[]>();
    fields[doc]?.forEach((ids, f) => {
      for (const id of ids) {
        const c = counts.get(id) ?? Array.from({ length: FIELD_COUNT }, () => 0);
        c[f] = (c[f] ?? 0) + 1;
        counts.set(id, c);
      }
    });
    const terms = [...counts.keys()].sort((a, b) => a - b);
    const local = new Map(terms.map((t, i) => [t, i]));
    writeInt(out, terms.length);
    let prev = -1;
    for (const t of terms) {
      const c = counts.get(t) ?? [];
      writeInt(out, t - prev - 1);
      prev = t;
      const mask = c.reduce((m, n, f) => (n > 0 ? m | (FIELD_BIT[f] ?? 0) : m), 0);
      const many = c.some((n) => n > 1);
      writeInt(out, mask * 2 + (many ? 1 : 0));
      if (many) for (const n of c) if (n > 0) writeInt(out, n);
    }
    for (let k = 0; k < itemCount(d); k++, item++) {
      const it = items[item];
      const ids: number[] = [];
      if (it) textIds(ix, it.match ?? it.text, false, ids);
      const steps = [...new Set(ids.map((id) => local.get(id) ?? -1))].filter((i) => i >= 0).sort((a, b) => a - b);
      writeInt(out, steps.length);
      let last = -1;
      for (const i of steps) {
        writeInt(out, i - last - 1);
        last = i;
      }
    }
  });
  const codes = items.flatMap((it, i) => (it.codes?.length ? [`${i.toString(36)}=${it.codes.join(' ')}`] : []));
  const head = `${PACK_VERSION},${plain.length},${fingerprint(plain)},${ix.postDoc.length}`;
  const packed = [head, ix.terms.join(' '), out.join(''), codes.join(';')].join('|');
  return plain.map((d, i) => (i === 0 ? { ...d, packed } : d));
}

/** The text index and what is known of the phrases from the first document's `packed` field, or null when absent or foreign. */
function unpack(docs: readonly SearchDoc[], rules: readonly PhraseItem[]): { text: TextIndex; phrases: KnownPhrases } | null {
  const parts = docs[0]?.packed?.split('|') ?? [];
  const head = (parts[0] ?? '').split(',');
  const nd = docs.length;
  if (parts.length !== 4 || head.length !== 4 || `${head[0]},${head[1]},${head[2]}` !== `${PACK_VERSION},${nd},${fingerprint(docs)}`) return null;
  const nums = readInts(parts[2] ?? '');
  const nf = FIELD_COUNT;
  if (!nums || nums.length < nd * nf) return null;
  const ix = emptyTextIndex(nd);
  for (const t of parts[1] ? parts[1].split(' ') : []) internTerm(ix, t);
  const nt = ix.terms.length;
  const units = fieldUnits(nums.subarray(0, nd * nf), nd);
  const postings = newPostings(Number(head[3]) || 0);
  const ids: number[][] = [];
  // One walk over the numbers, without calls per number: this runs on a cold engine.
  let k = nd * nf;
  const local: number[] = [];
  for (let doc = 0; doc < nd; doc++) {
    const d = docs[doc];
    if (!d) return null;
    local.length = 0;
    const n = nums[k++] ?? 0;
    if (postings.n + n > postings.term.length) return null;
    for (let j = 0, term = -1; j < n; j++) {
      term += (nums[k++] ?? 0) + 1;
      local.push(term);
      const x = nums[k++] ?? 0;
      let w = 0;
      for (let f = 0; f < nf; f++) {
        if (((x >> 1) & (FIELD_BIT[f] ?? 0)) === 0) continue;
        const unit = units[doc * nf + f] ?? 0;
        for (let tf = x & 1 ? (nums[k++] ?? 1) : 1; tf > 0; tf--) w += unit;
      }
      postings.term[postings.n] = term;
      postings.doc[postings.n] = doc;
      postings.w[postings.n++] = saturate(w);
    }
    if ((local[local.length - 1] ?? 0) >= nt) return null;
    for (let item = itemCount(d); item > 0; item--) {
      const list: number[] = [];
      for (let m = nums[k++] ?? 0, i = -1; m > 0; m--) list.push(local[(i += (nums[k++] ?? 0) + 1)] ?? 0);
      ids.push(list);
    }
  }
  if (k !== nums.length) return null;
  const codes = new Map<number, readonly string[]>();
  for (const entry of parts[3] ? parts[3].split(';') : []) {
    const eq = entry.indexOf('=');
    codes.set(parseInt(entry.slice(0, eq), 36), entry.slice(eq + 1).split(' '));
  }
  for (const rule of rules) textIds(ix, rule.text, true, { push: () => 0 });
  finishTextIndex(ix, postings);
  return { text: ix, phrases: { ids, codes } };
}
