/**
 * The phrases search matches a query against, as items for the phrase index (phrase.ts): each document's server
 * messages, their lead sentences, its keywords and its code's registered name, then the curated rules' wordings.
 * The order of a document's items is part of the packed index's format (packed-index.ts).
 */
import { templateWords } from '../../content/message-template';
import { ARTICLE_RULES } from './article-rules';
import { findCodes } from '../codes/find-codes';
import type { PhraseItem } from './phrase';
import { stripNoise } from './query';
import type { SearchDoc } from './search-doc';

/** Message text without codes, addresses, IPs or URLs; most messages have none, so skip the work when no digit, '<', '@', '=' or '://'. */
export const withoutCodes = (text: string) => (/[\d<@=]|:\/\//.test(text) ? stripNoise(text, findCodes(text)) : text);
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
  const known = LEADS.get(text);
  if (known !== undefined) return known;
  const lead = findLead(text);
  if (LEADS.size < 10_000) LEADS.set(text, lead);
  return lead;
}

/** Lead sentences found so far: the packed index's item count and the items themselves both ask. */
const LEADS = new Map<string, string | null>();

function findLead(text: string): string | null {
  const m = /^(.+?[.!?])\s+(?=[A-Z])(.+)$/s.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const words = (t: string) => t.split(/\s+/).filter((w) => /[a-z]{2}/i.test(w)).length;
  return words(m[1]) >= 5 && words(m[2]) >= 3 ? m[1] : null;
}

/** How many phrase items a document brings, in order: its messages, their lead sentences, its keywords, its registered name. */
export const itemCount = (d: SearchDoc) => d.messages.length + d.messages.filter((m) => leadSentence(m.text)).length + d.keywords.length + (d.registryTitle ? 1 : 0);
const RULE_WORDING = 0.95;
/** A message a code page quotes from an error page (SearchMessage.alsoOn): the error page is its answer. */
const QUOTED = 0.3;

/** The curated rules' phrases, for the documents they point at. */
export function ruleItems(docs: readonly SearchDoc[]): PhraseItem[] {
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
export interface KnownPhrases {
  ids: readonly (readonly number[])[];
  codes: ReadonlyMap<number, readonly string[]>;
}

/** Each document's messages, their lead sentences, its keywords, its code's registered name, as phrases. */
export function docItems(docs: readonly SearchDoc[], known?: KnownPhrases): PhraseItem[] {
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
