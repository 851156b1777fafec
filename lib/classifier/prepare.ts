/**
 * Turns the serialized SearchDoc[] into the structures the ranking reads: the text index, the phrase index
 * (server messages, keywords, curated rules) and the code → document table. Cached per docs array.
 */
import { ARTICLE_RULES } from './article-rules';
import { findCodes } from './codes';
import { buildPhraseIndex, type PhraseIndex } from './phrase';
import { stripNoise } from './query';
import type { SearchDoc } from './search-doc';
import { buildTextIndex, type TextIndex } from './text-index';
import { cachedTokenizer } from './text';

export interface PreparedIndex {
  docs: readonly SearchDoc[];
  text: TextIndex;
  phrases: PhraseIndex;
  /** Code → documents that cover it, with how strongly (its own page most). */
  codes: Map<string, { doc: number; score: number }[]>;
  /** "550 5.1.1" → documents with a message sent with exactly that pair. */
  pairs: Map<string, Set<number>>;
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

/** Message text without codes, addresses or IPs; most messages have none, so skip the work when no digit or '<' or '@'. */
const withoutCodes = (text: string) => (/[\d<@]/.test(text) ? stripNoise(text, findCodes(text)) : text);
const cache = new WeakMap<readonly SearchDoc[], PreparedIndex>();

export function prepareIndex(docs: readonly SearchDoc[]): PreparedIndex {
  const cached = cache.get(docs);
  if (cached) return cached;
  const byUrl = new Map(docs.map((d, i) => [d.url, i]));
  const rules = ARTICLE_RULES.flatMap((r) => {
    const doc = byUrl.get(r.url);
    return doc === undefined ? [] : [...r.phrases, withoutCodes(r.message)].map((p) => ({ doc, text: p, ruleId: r.id, weight: 1 }));
  });
  const tok = cachedTokenizer();
  const text = buildTextIndex(docs, rules.flatMap((r) => tok(r.text)), tok);
  const items = docs.flatMap((d, doc) => {
    const w = d.kind === 'error' ? 1 : 0.55;
    return [
      ...d.messages.map((m) => ({ doc, text: m.text, ruleId: null, weight: w, match: withoutCodes(m.text) })),
      ...d.keywords.map((k) => ({ doc, text: k, ruleId: null, weight: w * 0.9, codes: /\d/.test(k) ? findCodes(k, { loose: true }).map((h) => h.code) : [] })),
    ];
  });
  const codes = new Map<string, { doc: number; score: number }[]>();
  const pairs = new Map<string, Set<number>>();
  docs.forEach((d, doc) => {
    for (const [list, isStatus] of [[d.statusCodes, true], [d.replyCodes, false]] as const) {
      for (const code of new Set(list)) {
        const entry = { doc, score: codeWeight(d, code, isStatus) };
        const l = codes.get(code);
        if (l) l.push(entry);
        else codes.set(code, [entry]);
      }
    }
    for (const m of d.messages) {
      if (!m.replyCode || !m.statusCode) continue;
      const key = `${m.replyCode} ${m.statusCode}`;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(doc));
    }
  });
  const prepared: PreparedIndex = { docs, text, phrases: buildPhraseIndex(text, [...items, ...rules], tok), codes, pairs };
  cache.set(docs, prepared);
  return prepared;
}
