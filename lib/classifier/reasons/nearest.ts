/**
 * The nearest known message: when no rule names a reason, the server's words are compared with every message the
 * site knows (known-messages.ts) by the words they share, each word weighted by how rare it is among the known
 * messages (IDF), so "mailbox" and "exist" count and "the" or "message" hardly do. Words are cut to a short stem
 * ("disabled", "disable" → "disabl") so that inflections meet. Bounded: the query's first MAX_QUERY_WORDS distinct
 * stems, one posting list each over a prepared index.
 */
import { templateWords } from '../../content/message-template';
import type { ReasonId } from '../../reasons';
import { conceptTokens } from './concept-match';
import type { KnownMessage } from './known-messages';

const MAX_QUERY_WORDS = 120;
/** Words every bounce uses, the SMTP scaffolding around a reply among them ("in reply to RCPT TO command"): they say that
 * delivery failed, not why, so they weigh a fifth of their rarity. */
const GENERIC = new Set(stemAll(['temporary', 'temporarily', 'permanent', 'failure', 'failed', 'fail', 'error', 'rejected', 'reject', 'refused', 'denied', 'unable', 'deliver', 'delivery', 'delivered', 'message', 'mail', 'email', 'sorry', 'server', 'remote', 'try', 'again', 'later', 'requested', 'action', 'not', 'taken', 'could', 'can', 'has', 'have', 'been', 'returned', 'said', 'recipient', 'address', 'due', 'because', 'reason', 'following', 'cause', 'problem', 'this', 'that', 'was', 'were', 'will', 'may', 'rcpt', 'command', 'reply', 'host']));
const GENERIC_WEIGHT = 0.2;
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'in', 'on', 'at', 'is', 'are', 'was', 'be', 'been', 'this', 'that', 'and', 'or', 'it', 'its', 'with', 'by', 'as', 'we', 'our', 'you', 'your', 'please', 'xaddr', 'xhost', 'xip', 'smtp', 'esmtp']);

/** Distinct stems of a text: lower case, no bare numbers (a provider's code such as "IPBL0001" stays), no filler words, a plural "s" dropped, cut to six letters. */
function stem(w: string): string {
  const single = w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  return single.slice(0, 6);
}

function stemAll(words: readonly string[]): string[] {
  return words.map(stem);
}

export function stems(text: string, max = Infinity): string[] {
  const out = new Set<string>();
  for (const w of conceptTokens(text)) {
    if (out.size >= max) break;
    if (STOP.has(w) || /^\d+$/.test(w) || w.length < 2) continue;
    out.add(stem(w));
  }
  return [...out];
}

export interface KnownIndex {
  entries: readonly KnownMessage[];
  postings: ReadonlyMap<string, readonly number[]>;
  idf: ReadonlyMap<string, number>;
  /** Sum of the IDF of each entry's stems. */
  weights: readonly number[];
}

export function prepareKnown(messages: readonly KnownMessage[]): KnownIndex {
  const postings = new Map<string, number[]>();
  const entryStems = messages.map((m) => stems(templateWords(m.text)));
  entryStems.forEach((list, i) => {
    for (const s of list) {
      const posting = postings.get(s);
      if (posting) posting.push(i);
      else postings.set(s, [i]);
    }
  });
  const n = messages.length;
  const idf = new Map([...postings].map(([s, list]) => [s, Math.log(1 + n / list.length) * (GENERIC.has(s) ? GENERIC_WEIGHT : 1)]));
  const weights = entryStems.map((list) => list.reduce((sum, s) => sum + (idf.get(s) ?? 0), 0));
  return { entries: messages, postings, idf, weights };
}

export interface Nearest {
  message: KnownMessage;
  /** 0 to 1: the weighted share of the known message's words the text has, tempered by the text's other known words. */
  score: number;
  /** How many of the known message's stems the text shares. */
  shared: number;
  /** How many of those say why (are not words every bounce uses). */
  specific: number;
}

/** The known messages closest to the text, best first, at most one per reason, at most `max`. */
export function nearestKnown(index: KnownIndex, text: string, max = 2): Nearest[] {
  const query = stems(text, MAX_QUERY_WORDS).filter((s) => index.idf.has(s));
  const queryWeight = query.reduce((sum, s) => sum + (index.idf.get(s) ?? 0), 0);
  if (queryWeight === 0) return [];
  const shared = new Map<number, { weight: number; count: number; specific: number }>();
  for (const s of query) {
    const w = index.idf.get(s) ?? 0;
    const specific = GENERIC.has(s) ? 0 : 1;
    for (const i of index.postings.get(s) ?? []) {
      const had = shared.get(i) ?? { weight: 0, count: 0, specific: 0 };
      shared.set(i, { weight: had.weight + w, count: had.count + 1, specific: had.specific + specific });
    }
  }
  // only words that say why can make a known message close: sharing "rejected" and "delivery" is not enough
  const ranked = [...shared].filter(([, s]) => s.specific > 0).map(([i, s]) => {
    const cover = s.weight / Math.max(1e-9, index.weights[i] ?? 0);
    const precision = s.weight / queryWeight;
    return { i, score: cover * Math.sqrt(precision), count: s.count, specific: s.specific };
  });
  ranked.sort((a, b) => b.score - a.score || a.i - b.i);
  const out: Nearest[] = [];
  const seen = new Set<ReasonId>();
  for (const r of ranked) {
    const message = index.entries[r.i];
    if (!message || seen.has(message.reason)) continue;
    seen.add(message.reason);
    out.push({ message, score: Math.round(r.score * 1000) / 1000, shared: r.count, specific: r.specific });
    if (out.length >= max) break;
  }
  return out;
}
