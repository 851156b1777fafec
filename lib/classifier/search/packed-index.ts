/**
 * The packed form of the search index: the build reads every text into words once (packSearchDocs) and the
 * browser and command line only decode numbers (unpack), since a phone does this with a cold JavaScript engine.
 */
import { docItems, itemCount, type KnownPhrases } from './phrase-items';
import type { PhraseItem } from './phrase';
import type { SearchDoc } from './search-doc';
import {
  buildTextIndex, emptyTextIndex, FIELD_COUNT, fieldIds, fieldUnits, finishTextIndex, internTerm, newPostings, saturate, textIds, type TextIndex,
} from './text-index';


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
export function unpack(docs: readonly SearchDoc[], rules: readonly PhraseItem[]): { text: TextIndex; phrases: KnownPhrases } | null {
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
