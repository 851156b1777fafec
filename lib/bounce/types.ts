/**
 * The analyzer's output: one result per recipient the message reports on, each with its evidence.
 * Pure data, safe to post from a Web Worker.
 */
import type { HostConfig } from '../host/schema';
import type { ReasonId, WhoActs } from '../reasons';
import type { KnownMessage } from '../classifier/reasons/known-messages';

/** What a message (or one of its recipient reports) is. */
export const RESULT_KINDS = ['failed', 'delayed', 'delivered', 'feedback', 'autoreply', 'not-a-bounce'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export interface Evidence {
  /** Which rule decided the reason, e.g. "phrase:userunknown/no-such-user" or "status:5.1.1". */
  ruleId: string;
  /** The lines of the message that decided. */
  lines: string[];
}

export interface RecipientResult {
  kind: ResultKind;
  /** Bare address, or null when the message names none. */
  recipient: string | null;
  /** Enhanced status code the message carries ("" when none). */
  status: string;
  /** Three-digit reply code the message carries ("" when none). */
  replyCode: string;
  /** Null only for not-a-bounce. */
  reason: ReasonId | null;
  /** True for a permanent failure, false for a temporary one, null when not applicable. */
  permanent: boolean | null;
  /** True when the address itself is bad; null when not applicable. */
  hardBounce: boolean | null;
  whoActs: WhoActs;
  /** The rejecting or reporting server is one of the host's own. */
  ourServer: boolean;
  /** The server's own words about this recipient ("" when absent). */
  diagnostic: string;
  /** The server that refused or reported ("" when unknown). */
  remoteMta: string;
  /** URL of the best article, or null. */
  article: string | null;
  /** Feedback-Type of an abuse report ("abuse", "opt-out"…), "" otherwise. */
  feedbackType: string;
  evidence: Evidence;
  /**
   * When no rule named the reason outright: the closest known server messages (from the articles and the rule
   * tables) with the reason each stands for, best first; at most two. Empty when a rule decided.
   */
  reasonGuesses?: ReasonGuess[];
  /** For userunknown or hostunknown: a likely misspelt provider domain in the recipient ("gmial.com" → "gmail.com"). */
  domainTypo?: { typed: string; suggested: string };
}

export interface ReasonGuess {
  reason: ReasonId;
  /** The rule or known message the guess rests on, e.g. "nearest:/errors/user-unknown/" or "concept:mailbox-missing". */
  ruleId: string;
  /** The known message it is closest to, as the article quotes it ("" when the guess comes from a rule). */
  message: string;
  /** How close, 0 to 1. */
  score: number;
}

/** Facts about the whole message, not one recipient. */
export interface MessageFacts {
  /** Language of the report's human-readable text when it is not English (ISO 639-1 code and English name). */
  language?: { code: string; name: string };
  /**
   * The returned original did not leave through the host's outbound servers (a foreign first Received hop, a
   * Message-ID domain unlike the sender's): the bounce answers a forged message, and the customer has nothing to fix.
   */
  backscatter?: { why: string[] };
}

export const REFUSALS = ['too-big', 'binary', 'empty'] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface AnalyzeResult {
  /** Set when the input was refused or only partly read; a sentence to show as it is. */
  note: string | null;
  refused: Refusal | null;
  results: RecipientResult[];
  /** Whole-message facts: the report's language, backscatter. */
  message?: MessageFacts;
}

export interface ArticleInput {
  replyCode: string;
  statusCode: string;
  diagnostic: string;
  reason: ReasonId | null;
}

/** Picks the article for a result; the caller passes it in so the analyzer does not depend on the index. */
export type ArticleChooser = (input: ArticleInput) => { url: string; why: string } | null;

export interface AnalyzeOptions {
  host?: Pick<HostConfig, 'servers'>;
  chooseArticle?: ArticleChooser;
  /**
   * The articles' server messages with their reasons (articleMessages in lib/classifier/reasons/known-messages.ts),
   * for the nearest-known-message fallback. Absent: the table inlined in the browser worker's bundle (empty in Node).
   */
  knownMessages?: readonly KnownMessage[];
}
