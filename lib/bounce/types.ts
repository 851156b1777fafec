/**
 * The analyzer's output: one result per recipient the message reports on, each with its evidence.
 * Pure data, safe to post from a Web Worker.
 */
import type { HostConfig } from '../host/schema';
import type { ReasonId, WhoActs } from '../reasons';

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
}

export const REFUSALS = ['too-big', 'binary', 'empty'] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface AnalyzeResult {
  /** Set when the input was refused or only partly read; a sentence to show as it is. */
  note: string | null;
  refused: Refusal | null;
  results: RecipientResult[];
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
}
