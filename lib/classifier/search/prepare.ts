/**
 * Turns the serialized SearchDoc[] into the structures the ranking reads: the text index, the phrase index
 * (server messages, keywords, curated rules) and the code → document table. Cached per docs array.
 *
 * Reading every text into words is most of that work, and a phone does it with a cold JavaScript engine, so the
 * build does it ahead: packSearchDocs() gives each document a `packed` string with the terms it brings to the
 * vocabulary, its postings and its phrases' term ids; prepareIndex() then only decodes numbers. Documents without
 * it (or packed for another array) are read from their text, with the same result up to the weights' rounding.
 */
import { buildPhraseIndex, type PhraseIndex } from './phrase';
import { docItems, ruleItems } from './phrase-items';
import { unpack } from './packed-index';
import { topicTable, type TopicTable } from './topics';
import type { SearchDoc } from './search-doc';
import { buildTextIndex, type TextIndex } from './text-index';

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

const cache = new WeakMap<readonly SearchDoc[], PreparedIndex>();

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

