/**
 * Names the reason for one recipient's failure, in a fixed order, and says which rule decided:
 *  1. the kind of report (feedback, auto-reply, delivery notice) decides alone;
 *  2. a local delivery program's error ("x-unix" diagnostic) is a mailer error;
 *  3. a decisive enhanced status code (X.1.1 user unknown, X.2.2 mailbox full…), unless the server's words name
 *     a narrower refusal (relaying, a block, a move, the sender, rate…);
 *  4. a phrase rule over the server's own words, then any other narrow status code;
 *  5. a phrase rule over the surrounding report text;
 *  6. a vague status code, then the defaults (delayed → expired; words nobody places → onhold; no words → undefined).
 */
import type { ReasonId } from '../../reasons';
import { DECISIVE_STATUS, OVERRIDING_REASONS, PHRASE_RULES, STATUS_REASONS, VAGUE_STATUS, type PhraseRule } from './rules';
import { LOCALIZED_PHRASE_RULES } from './localized';

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
}

export interface ReasonVerdict {
  reason: ReasonId | null;
  ruleId: string;
  /** The text the rule matched, "" when a code decided. */
  matched: string;
}

export function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Text for phrase matching: lower case, one space, and multi-line reply prefixes ("550-5.7.1 ") removed. */
function matchable(text: string): string {
  return squash(text).replace(/(^| )[245]\d\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3} )?/g, '$1');
}

export function findPhraseRule(text: string): { rule: PhraseRule; phrase: string } | null {
  const t = matchable(text.length > 16384 ? text.slice(0, 16384) : text);
  if (t.trim() === '') return null;
  for (const rule of [...PHRASE_RULES, ...LOCALIZED_PHRASE_RULES]) {
    const phrase = rule.phrases.find((p) => (p.startsWith('^') ? t.startsWith(p.slice(1)) : t.includes(p)));
    if (phrase) return { rule, phrase };
  }
  return null;
}

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

const FIXED: Partial<Record<ReasonInput['kind'], ReasonId>> = {
  feedback: 'feedback',
  autoreply: 'vacation',
  delivered: 'delivered',
};

const WEAK_RULES = new Set(PHRASE_RULES.filter((r) => r.weak).map((r) => r.id));

/** What the reason becomes given the SMTP stage of the refusal. */
function byStage(v: ReasonVerdict, command: ReasonInput['command'], status: string, bare: boolean): ReasonVerdict {
  const weak = WEAK_RULES.has(v.ruleId.replace(/^(?:phrase|context):/, ''));
  // A bare pasted line says nothing of the stage: "550 No such user" is then most likely the RCPT refusal it reads as.
  if (weak && command !== 'RCPT' && !/^\d\.1\.1$/.test(status) && !(bare && !command)) {
    return { ...v, reason: 'filtered', ruleId: `${v.ruleId}+stage:${command === 'DATA' ? 'data' : 'unknown'}` };
  }
  if (v.reason === 'onhold' && command === 'MAIL') return { ...v, reason: 'rejected', ruleId: 'stage:mail-from' };
  if (v.reason === 'onhold' && (command === 'CONN' || command === 'HELO')) return { ...v, reason: 'blocked', ruleId: 'stage:connect' };
  return v;
}

export function classifyReason(input: ReasonInput): ReasonVerdict {
  const bare = (input.context ?? []).every((line) => line.trim() === '' || input.diagnostic.includes(line.trim()));
  return byStage(decide(input), input.command ?? null, input.status, bare);
}

function decide(input: ReasonInput): ReasonVerdict {
  const fixed = FIXED[input.kind];
  if (fixed) return { reason: fixed, ruleId: `kind:${input.kind}`, matched: '' };
  if (input.kind === 'not-a-bounce') return { reason: null, ruleId: 'kind:not-a-bounce', matched: '' };
  const own = findPhraseRule(input.diagnostic);
  if (/^x-(?:unix|local)/.test(input.diagnosticType ?? '') && own?.rule.reason !== 'mailboxfull') {
    return { reason: 'mailererror', ruleId: 'type:x-unix', matched: input.diagnosticType ?? '' };
  }
  const vague = VAGUE_STATUS.has(statusKey(input.status));
  const byStatus = statusReason(input.status);
  const overrides = own !== null && OVERRIDING_REASONS.has(own.rule.reason) && own.rule.reason !== byStatus;
  if (byStatus && DECISIVE_STATUS.has(statusKey(input.status)) && !overrides) return { reason: byStatus, ruleId: `status:${input.status}`, matched: '' };
  if (own) return { reason: own.rule.reason, ruleId: `phrase:${own.rule.id}`, matched: own.phrase };
  if (byStatus && !vague) return { reason: byStatus, ruleId: `status:${input.status}`, matched: '' };
  for (const text of input.context ?? []) {
    const hit = findPhraseRule(text);
    if (hit) return { reason: hit.rule.reason, ruleId: `context:${hit.rule.id}`, matched: hit.phrase };
  }
  if (byStatus) return { reason: byStatus, ruleId: `status:${input.status}`, matched: '' };
  if (input.kind === 'delayed') return { reason: 'expired', ruleId: 'default:delayed', matched: '' };
  // Sisimai's convention: the server said something nobody could place (onhold), or said nothing (undefined)
  if (input.diagnostic.trim() === '') return { reason: 'undefined', ruleId: 'default:undefined', matched: '' };
  return { reason: 'onhold', ruleId: 'default:onhold', matched: '' };
}
