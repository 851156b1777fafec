/** Turns a finding into the result the user sees: reason, permanence, hard bounce, who acts, article, evidence. */
import { classifyReason, squash } from '../classifier/reason';
import { REASONS, type ReasonId, type WhoActs } from '../reasons';
import type { Finding } from './finding';
import { LIMITS } from './limits';
import { isOwnServer } from './own-server';
import type { AnalyzeOptions, RecipientResult } from './types';

function permanence(f: Finding): boolean | null {
  if (f.kind === 'delayed') return false;
  if (f.kind !== 'failed') return null;
  const cls = (f.status || f.replyCode).charAt(0);
  if (cls === '4') return false;
  return true;
}

const OWN_ADMIN: readonly WhoActs[] = ['recipient-admin', 'sender-admin'];

function whoActs(f: Finding, reason: ReasonId | null, ourServer: boolean): WhoActs {
  if (f.kind === 'delayed' || f.kind === 'delivered' || f.kind === 'autoreply' || f.kind === 'not-a-bounce' || !reason) return 'nobody';
  const usual = REASONS[reason].whoActs;
  return ourServer && OWN_ADMIN.includes(usual) ? 'host-support' : usual;
}

function evidenceLines(f: Finding, matched: string): string[] {
  const lines = f.lines.map((l) => l.trim()).filter((l) => l !== '');
  const needle = matched.toLowerCase();
  const deciding = needle ? lines.filter((l) => squash(l).includes(needle)) : [];
  const picked = deciding.length > 0 ? deciding : lines;
  return picked.slice(0, 6).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
}

export function toResult(f: Finding, options: AnalyzeOptions): RecipientResult {
  const verdict = classifyReason({
    kind: f.kind,
    status: f.status,
    replyCode: f.replyCode,
    diagnostic: f.diagnostic,
    diagnosticType: f.diagnosticType,
    context: f.context,
    command: f.command,
  });
  const permanent = permanence(f);
  const reason = verdict.reason;
  const ourServer = isOwnServer(f.remoteMta || f.reportingMta, options.host?.servers);
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
    whoActs: whoActs(f, reason, ourServer),
    ourServer,
    diagnostic,
    remoteMta: f.remoteMta,
    article,
    feedbackType: f.feedbackType,
    evidence: { ruleId: verdict.ruleId, lines: evidenceLines(f, verdict.matched) },
  };
}
