/**
 * The site's own knowledge of server messages, for the nearest-known-message fallback (nearest.ts): every
 * article's verbatim frontmatter `messages` with the article's reason, and the rule tables' own examples. One
 * source of truth: a message added to an article teaches both search and the analyzer. The table is built from
 * the same search documents as the search index (lib/classifier/search/search-doc.ts): the command line and the
 * corpus tests build it from content/, the browser worker gets it inlined at build (scripts/build/build-worker.ts).
 */
import { REASON_IDS, type ReasonId } from '../../reasons';
import { exampleText, templateWords } from '../../content/message-template';
import { CONCEPT_RULES } from './concepts';
import { findRule } from './classify';
import { nearestKnown, prepareKnown, type KnownIndex } from './nearest';
import { PHRASE_RULES } from './rules';
import { STATUS_REASONS } from './status-rules';

export interface KnownMessage {
  /** The server's words, placeholders ({ip}, {domain}…) allowed. */
  text: string;
  reason: ReasonId;
  /** Where it is written: an article URL ("/errors/user-unknown/") or a rule ("rule:userunknown/no-such-user"). */
  source: string;
  /** A phrase row's few words, not a whole message: being close to one makes a guess, never a decision. */
  fragment?: boolean;
}

/** What a search document (or an article) gives: its URL, its reasons, most likely first, and its messages. */
export interface MessageSource {
  url: string;
  reasons: readonly ReasonId[];
  messages: readonly { text: string; statusCode?: string }[];
}

/** Reasons that say nothing about a cause; a message standing for them teaches nothing. */
const NO_CAUSE: ReadonlySet<ReasonId> = new Set<ReasonId>(['onhold', 'undefined', 'delivered', 'feedback', 'vacation']);

/**
 * The rule tables' own knowledge: the real messages the phrase and concept rules were written from, and each
 * phrase row's phrases of two words or more as fragments, so that words close to a row ("no mailbox by that
 * name" to "no mailbox here") are at least offered as a guess.
 */
export function ruleExamples(): KnownMessage[] {
  return [
    ...PHRASE_RULES.map((r) => ({ text: r.example, reason: r.reason, source: `rule:${r.id}` })),
    ...PHRASE_RULES.flatMap((r) => r.phrases.filter((p) => / \S/.test(p.trim())).map((p) => ({ text: p.replace(/^\^/, '').trim(), reason: r.reason, source: `rule:${r.id}`, fragment: true }))),
    ...CONCEPT_RULES.flatMap((r) => r.examples.map((text) => ({ text, reason: r.reason, source: `rule:${r.id}` }))),
  ];
}

let examples: KnownIndex | null = null;

/** Among the causes, the one whose rule examples and phrases the message's words are closest to. */
function closestCause(text: string, causes: readonly ReasonId[]): ReasonId | undefined {
  examples ??= prepareKnown(ruleExamples());
  return nearestKnown(examples, text, 12).find((n) => causes.includes(n.message.reason) && n.specific > 0)?.message.reason;
}

/**
 * Which of an article's reasons a message stands for: the only one; else the one a rule names for its words, or
 * whose rule examples its words are closest to, or its own status code names, when it is among them; else the
 * article's first (most likely) reason.
 */
function messageReason(reasons: readonly ReasonId[], message: MessageSource['messages'][number]): ReasonId | undefined {
  const causes = reasons.filter((r) => !NO_CAUSE.has(r));
  if (causes.length <= 1) return causes[0];
  const words = exampleText(message.text);
  const byRule = findRule(words)?.reason;
  if (byRule && causes.includes(byRule)) return byRule;
  const byWords = closestCause(words, causes);
  if (byWords) return byWords;
  const byStatus = message.statusCode ? STATUS_REASONS[message.statusCode.split('.').slice(1).join('.')] : undefined;
  if (byStatus && causes.includes(byStatus)) return byStatus;
  return causes[0];
}

/**
 * Every article message with the reason it stands for, one entry per distinct wording (the article with the
 * fewest reasons keeps it: an error page is more specific than a code page). A message whose own words a rule
 * already reads is decided by that rule wherever it appears, so it is left out (the rules are the analyzer's first
 * word), which keeps the table the browser worker inlines small.
 */
export function articleMessages(sources: readonly MessageSource[]): KnownMessage[] {
  return allArticleMessages(sources).filter((m) => findRule(exampleText(m.text)) === null);
}

function allArticleMessages(sources: readonly MessageSource[]): KnownMessage[] {
  const best = new Map<string, { entry: KnownMessage; width: number }>();
  for (const s of [...sources].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    for (const m of s.messages) {
      const reason = messageReason(s.reasons, m);
      if (!reason) continue;
      const key = templateWords(m.text).toLowerCase().replace(/\s+/g, ' ').trim();
      const had = best.get(key);
      if (!had || s.reasons.length < had.width) best.set(key, { entry: { text: m.text, reason, source: s.url }, width: s.reasons.length });
    }
  }
  return [...best.values()].map((v) => v.entry);
}

/** The compact table the browser worker inlines: [text, reason index, source] per message. */
export type PackedKnown = readonly (readonly [string, number, string])[];

export function packKnown(messages: readonly KnownMessage[]): PackedKnown {
  return messages.map((m) => [m.text, REASON_IDS.indexOf(m.reason), m.source] as const);
}

export function unpackKnown(packed: PackedKnown): KnownMessage[] {
  return packed.flatMap(([text, index, source]) => {
    const reason = REASON_IDS[index];
    return reason ? [{ text, reason, source }] : [];
  });
}
