/** Turns a finding into the result the user sees: reason, permanence, hard bounce, who acts, article, evidence. */
import { classifyReason, squash, type ReasonVerdict } from '../../classifier/reasons/classify';
import { knowledgeIndex } from '../../classifier/reasons/knowledge';
import { REASONS, type ReasonId, type WhoActs } from '../../reasons';
import type { Finding } from '../find/finding';
import { detectLanguage } from '../lang/detect';
import { LIMITS } from '../read/limits';
import { isOwnServer, ownRole } from './own-server';
import { hostReason } from './rhost';
import type { AnalyzeOptions, RecipientResult } from '../types';

function permanence(f: Finding): boolean | null {
  if (f.kind === 'delayed') return false;
  if (f.kind !== 'failed') return null;
  const cls = (f.status || f.replyCode).charAt(0);
  if (cls === '4') return false;
  return true;
}

/** Faults of the receiving system itself: when the host's own inbound server has them, host support acts. */
const SERVER_FAULTS: readonly ReasonId[] = ['systemerror', 'systemfull', 'mailererror'];

/**
 * Who acts. The usual answer comes from the reason list; when the host's own inbound server refused mail sent to
 * a customer, the outside sender still acts for sender-side reasons and host support only for server faults.
 * A failure the host's outbound relay reports about a customer's mail takes the usual answer. A failed message
 * is never "nobody's": when the reason names no one (unclear, or a network fault the queue gave up on), the sender
 * is the one who can send it again.
 */
function whoActs(f: Finding, reason: ReasonId | null, role: 'inbound' | 'outbound' | null): WhoActs {
  if (f.kind === 'delayed' || f.kind === 'delivered' || f.kind === 'autoreply' || f.kind === 'not-a-bounce' || !reason) return 'nobody';
  if (role === 'inbound' && SERVER_FAULTS.includes(reason)) return 'host-support';
  const usual = REASONS[reason].whoActs;
  return f.kind === 'failed' && usual === 'nobody' ? 'sender' : usual;
}

/** The lines that decided: the finding's own that hold the matched words, else (when it has none) the report text's. */
function evidenceLines(f: Finding, matched: string): string[] {
  const lines = f.lines.map((l) => l.trim()).filter((l) => l !== '');
  const needle = matched.toLowerCase();
  const holding = (ls: readonly string[]) => (needle ? ls.filter((l) => squash(l).includes(needle)) : []);
  const deciding = holding(lines.length > 0 ? lines : [...new Set(f.context.flatMap((c) => c.split('\n').map((l) => l.trim())))].slice(0, 200)).slice(0, 3);
  const picked = deciding.length > 0 || lines.length === 0 ? deciding : lines;
  return picked.slice(0, 6).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
}

/** `language`: the report's; an English report may quote a server's words in another language, then theirs is read. */
function decideReason(f: Finding, options: AnalyzeOptions, language: string | null): ReasonVerdict {
  const byHost = f.kind === 'failed' || f.kind === 'delayed' ? hostReason([f.remoteMta, f.reportingMta], f.diagnostic, f.status) : null;
  return byHost ?? classifyReason({
    kind: f.kind,
    status: f.status,
    replyCode: f.replyCode,
    diagnostic: f.diagnostic,
    diagnosticType: f.diagnosticType,
    context: f.context,
    command: f.command,
    language: language ?? detectLanguage(f.diagnostic)?.code ?? null,
  }, knowledgeIndex(options.knownMessages));
}

/** The guesses a verdict shows: when the reason is unclear, or when the nearest known message decided it. */
function guessesOf(verdict: ReasonVerdict): Pick<RecipientResult, 'reasonGuesses'> {
  const unclear = verdict.reason === 'onhold' || verdict.reason === 'undefined' || verdict.ruleId.startsWith('nearest:');
  const guesses = unclear ? (verdict.guesses ?? []).slice(0, 2) : [];
  return guesses.length > 0 ? { reasonGuesses: guesses } : {};
}

export function toResult(f: Finding, options: AnalyzeOptions, language: string | null = null): RecipientResult {
  const verdict = decideReason(f, options, language);
  const permanent = permanence(f);
  const reason = verdict.reason;
  const ourServer = isOwnServer(f.remoteMta, options.host?.servers) || isOwnServer(f.reportingMta, options.host?.servers);
  const diagnostic = f.diagnostic.replace(/\s+/g, ' ').trim().slice(0, LIMITS.maxDiagnosticChars);
  const article = options.chooseArticle?.({ replyCode: f.replyCode, statusCode: f.status, diagnostic, reason })?.url ?? null;
  return {
    kind: f.kind,
    recipient: f.recipient,
    status: f.status,
    replyCode: f.replyCode,
    reason,
    permanent,
    hardBounce: permanent === null || !reason ? null : permanent && REASONS[reason].hard,
    whoActs: whoActs(f, reason, ourServer ? ownRole(f.remoteMta, f.reportingMta, options.host?.servers) : null),
    ourServer,
    diagnostic,
    remoteMta: f.remoteMta,
    article,
    feedbackType: f.feedbackType,
    evidence: { ruleId: verdict.ruleId, lines: evidenceLines(f, verdict.matched) },
    ...guessesOf(verdict),
  };
}
