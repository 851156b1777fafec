/**
 * Names the reason for one recipient's failure, in a fixed order, and says which rule decided:
 *  1. the kind of report (feedback, auto-reply, delivery notice) decides alone;
 *  2. a local delivery program's error ("x-unix" diagnostic) is a mailer error;
 *  3. a decisive enhanced status code (X.1.1 user unknown, X.2.2 mailbox full…), unless the server's words name
 *     a narrower refusal (relaying, a block, a move, the sender, rate…);
 *  4. the server's own words: a narrow phrase row, then a concept rule (English, then the report's language), then
 *     a broad phrase row; then any other narrow status code;
 *  5. the same rules over the surrounding report text;
 *  6. a vague status code (X.0.0, X.4.7…) for a failure;
 *  7. the nearest known message (the articles' and the rules' own), when it is close enough;
 *  8. onhold (words nobody places, or a delay that gives no cause), with the best two guesses; undefined when
 *     the report has no words at all.
 * Words a filter also uses ("user unknown") said after DATA are the filter's refusal (filtered).
 */
import type { ReasonId } from '../../reasons';
import { findRule, WEAK_RULE_IDS } from './find-rule';
import { nearestKnown, type KnownIndex, type Nearest } from './nearest';
import { DELAY_ONLY, DELAY_READS } from './rules';
import { DECISIVE_STATUS, OVERRIDING_REASONS, STATUS_REASONS, VAGUE_STATUS } from './status-rules';

export { findPhraseRule, findRule, squash, type RuleHit } from './find-rule';

export interface ReasonInput {
  kind: 'failed' | 'delayed' | 'delivered' | 'feedback' | 'autoreply' | 'not-a-bounce';
  status: string;
  replyCode: string;
  /** The server's own words for this recipient. */
  diagnostic: string;
  /** Diagnostic-Code type ("smtp", "x-unix"…), "" when unknown. */
  diagnosticType?: string;
  /** Wider report text: the recipient's block, the subject, the report's opening lines. */
  context?: readonly string[];
  /** The SMTP command the refusal answered ("RCPT", "DATA"…), when the report says. */
  command?: 'CONN' | 'HELO' | 'MAIL' | 'RCPT' | 'DATA' | null;
  /** ISO 639-1 code of the report's language when it is not English (lib/bounce/lang/detect.ts), for its concept rows. */
  language?: string | null;
}

/** A reason the words may stand for, when no rule named one outright (or the nearest known message decided). */
export interface ReasonGuess {
  reason: ReasonId;
  /** "nearest:<article url>" or "nearest:rule:<rule id>". */
  ruleId: string;
  /** The known message, as written (placeholders included). */
  message: string;
  score: number;
}

export interface ReasonVerdict {
  reason: ReasonId | null;
  ruleId: string;
  /** The text the rule matched, "" when a code decided. */
  matched: string;
  /** The closest known messages when no rule decided; the first decided when the ruleId is "nearest:…". */
  guesses?: ReasonGuess[];
}

/**
 * How close the nearest known message must be to decide the reason rather than only be shown as a guess, and how
 * many telling words (not the ones every bounce uses) it must share: one word in common is a guess, not a match.
 */
export const NEAREST_DECIDES = 0.5;
const NEAREST_WORDS = 2;
/** Telling words a rule-phrase fragment must share with the text to be shown as a guess. */
const FRAGMENT_WORDS = 2;


function statusKey(status: string): string {
  return status.split('.').slice(1).join('.');
}

function statusReason(status: string): ReasonId | null {
  const key = statusKey(status);
  if (!key) return null;
  const [subject, detail] = key.split('.').map(Number);
  if (subject === 7 && detail !== undefined && detail >= 606 && detail <= 649) return 'blocked';
  if (subject === 7 && detail !== undefined && detail >= 650 && detail <= 699) return 'badreputation';
  return STATUS_REASONS[key] ?? null;
}

const FIXED: Partial<Record<ReasonInput['kind'], ReasonId>> = { feedback: 'feedback', autoreply: 'vacation', delivered: 'delivered' };

/** What the reason becomes given the SMTP stage of the refusal: only a report that says DATA makes words a filter's. */
function byStage(v: ReasonVerdict, command: ReasonInput['command'], status: string): ReasonVerdict {
  const weak = WEAK_RULE_IDS.has(v.ruleId.replace(/^(?:phrase|concept|context|context-concept):/, ''));
  if (weak && command === 'DATA' && !/^\d\.1\.1$/.test(status)) return { ...v, reason: 'filtered', ruleId: `${v.ruleId}+stage:data` };
  if (v.reason === 'onhold' && command === 'MAIL') return { ...v, reason: 'rejected', ruleId: 'stage:mail-from' };
  if (v.reason === 'onhold' && (command === 'CONN' || command === 'HELO')) return { ...v, reason: 'blocked', ruleId: 'stage:connect' };
  return v;
}

/** In a delay warning, a row that would say "expired" names the trouble being retried instead. */
function asDelay(v: ReasonVerdict, kind: ReasonInput['kind']): ReasonVerdict {
  const row = v.ruleId.replace(/^(?:phrase|context):/, '');
  const reason = kind === 'delayed' ? DELAY_READS[row] : undefined;
  return reason ? { ...v, reason, ruleId: `${v.ruleId}+delay` } : v;
}

export function classifyReason(input: ReasonInput, known?: KnownIndex): ReasonVerdict {
  return byStage(asDelay(decide(input, known), input.kind), input.command ?? null, input.status);
}

function guessesFor(known: KnownIndex | undefined, text: string, kind: ReasonInput['kind']): { guesses: ReasonGuess[]; decides: boolean } {
  if (!known || text.trim() === '') return { guesses: [], decides: false };
  // a message that is still being retried has not expired: known words of expiry describe the delay, not its cause
  // a fragment of a rule's wording ("loops back") is a guess only when it shares two telling words, not one
  const telling = (n: Nearest) => n.specific >= (n.message.fragment ? FRAGMENT_WORDS : 1);
  const found = nearestKnown(known, text, 6).filter((n) => (kind !== 'delayed' || n.message.reason !== 'expired') && telling(n)).slice(0, 2);
  const best = found[0];
  return {
    guesses: found.map((n) => ({ reason: n.message.reason, ruleId: `nearest:${n.message.source}`, message: n.message.text, score: n.score })),
    decides: best !== undefined && !best.message.fragment && best.score >= NEAREST_DECIDES && best.specific >= NEAREST_WORDS,
  };
}

function decide(input: ReasonInput, known: KnownIndex | undefined): ReasonVerdict {
  const fixed = FIXED[input.kind];
  if (fixed) return { reason: fixed, ruleId: `kind:${input.kind}`, matched: '' };
  if (input.kind === 'not-a-bounce') return { reason: null, ruleId: 'kind:not-a-bounce', matched: '' };
  // In a delay warning, "will be retried" describes the delay, not its cause.
  const skip = input.kind === 'delayed' ? DELAY_ONLY : undefined;
  const own = findRule(input.diagnostic, skip, input.language);
  if (/^x-(?:unix|local)/.test(input.diagnosticType ?? '') && own?.reason !== 'mailboxfull') {
    return { reason: 'mailererror', ruleId: 'type:x-unix', matched: input.diagnosticType ?? '' };
  }
  const vague = VAGUE_STATUS.has(statusKey(input.status));
  const byStatus = statusReason(input.status);
  const overrides = own !== null && OVERRIDING_REASONS.has(own.reason) && own.reason !== byStatus;
  if (byStatus && DECISIVE_STATUS.has(statusKey(input.status)) && !overrides) return { reason: byStatus, ruleId: `status:${input.status}`, matched: '' };
  if (own) return own;
  if (byStatus && !vague) return { reason: byStatus, ruleId: `status:${input.status}`, matched: '' };
  for (const text of input.context ?? []) {
    const hit = findRule(text, skip, input.language);
    if (hit) return { ...hit, ruleId: hit.ruleId.replace(/^phrase:/, 'context:').replace(/^concept:/, 'context-concept:') };
  }
  // a delay's "other" code (4.5.0, 4.0.0) names no cause; a narrower one (4.4.7 expired, 4.4.1 no answer) does
  if (byStatus && (input.kind !== 'delayed' || !/\.0$/.test(input.status))) return { reason: byStatus, ruleId: `status:${input.status}`, matched: '' };
  const words = input.diagnostic.trim() || (input.context?.[0] ?? '').trim();
  const { guesses, decides } = guessesFor(known, words, input.kind);
  const best = guesses[0];
  if (best && decides) return { reason: best.reason, ruleId: best.ruleId, matched: '', guesses };
  if (input.kind === 'delayed') return { reason: 'onhold', ruleId: 'default:delayed', matched: '', guesses };
  // Sisimai's convention: the server said something nobody could place (onhold), or said nothing (undefined)
  if (input.diagnostic.trim() === '') return { reason: 'undefined', ruleId: 'default:undefined', matched: '', guesses };
  return { reason: 'onhold', ruleId: 'default:onhold', matched: '', guesses };
}
