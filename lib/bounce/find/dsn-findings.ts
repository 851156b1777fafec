/** Findings from RFC 3464 recipient blocks, filled in from the plain-text report where the block is silent. */
import { normalizeAddress } from './addresses';
import { codesIn, hasCode } from './codes-in';
import { recipientAddress, type DsnRecipient } from '../formats/dsn';
import { emptyFinding, type Finding } from './finding';
import { kindFromAction, kindFromText } from './kind';
import type { TextBlock } from '../formats/plain-report';
import { remoteMtaIn } from './remote-mta';
import { smtpCommandIn } from './smtp-command';
import type { Report } from '../read/report';
import { blockDiagnostic } from './text-diagnostic';

function blockFor(report: Report, r: DsnRecipient, index: number): TextBlock | null {
  const keys = [r.finalRecipient, r.originalRecipient].filter(Boolean).map((a) => a.toLowerCase());
  const blocks = report.plain.blocks;
  return blocks.find((b) => keys.includes(b.recipient.toLowerCase())) ?? (blocks.length === report.dsn.recipients.length ? blocks[index] ?? null : null);
}

/** A single recipient whose block is silent and unfound: the report's one coded line speaks for it. */
function soleRecipientLines(report: Report, r: DsnRecipient): string[] {
  if (r.diagnostic || report.dsn.recipients.length !== 1) return [];
  const coded = report.plain.preamble.map((l) => l.trim()).filter((l) => /^[45]\d\d\s/.test(l) && hasCode(l));
  return coded.length === 1 ? coded : [];
}

/**
 * The address to report: the Final-Recipient, unless it is an internal rewrite of the Original-Recipient that the
 * human-readable report names instead ("<user@example.com>: permission denied" above "Final-Recipient:
 * user@cluster.local"): then the address the sender used.
 */
function reportedAddress(r: DsnRecipient, block: TextBlock | null): string {
  const original = r.originalRecipient.toLowerCase();
  const rewritten = original !== '' && r.finalRecipient !== '' && r.finalRecipient.toLowerCase() !== original;
  return rewritten && block?.recipient.toLowerCase() === original ? r.originalRecipient : recipientAddress(r);
}

export function dsnFindings(report: Report): Finding[] {
  return report.dsn.recipients.map((r, i) => {
    const block = blockFor(report, r, i);
    const blockLines = block ? blockDiagnostic(block) : soleRecipientLines(report, r);
    const blockText = blockLines.join(' ');
    const diagnostic = r.diagnostic || blockText;
    // an x-unix diagnostic carries an exit status, not a reply code
    const fromDiag = /^x-(?:unix|local)/.test(r.diagnosticType) ? { status: '', replyCode: '' } : codesIn(r.diagnostic);
    const fromBlock = codesIn(blockText);
    const fromField = fromDiag.status || r.status;
    const vague = fromField === '' || /^\d\.0\.0$/.test(fromField);
    const status = vague && !r.diagnostic && fromBlock.status ? fromBlock.status : fromField;
    const replyCode = fromDiag.replyCode || (r.diagnostic && fromDiag.status ? '' : fromBlock.replyCode);
    // without a block of its own, the report's opening lines speak for the recipient ("pipe to |…", "Address not found")
    const context = [blockText, block ? block.lines.join('\n') : report.plain.preamble.join('\n'), report.subject];
    const f = emptyFinding(kindFromAction(r.action, status) ?? kindFromText(context, status, replyCode));
    f.recipient = normalizeAddress(reportedAddress(r, block));
    f.status = status;
    f.replyCode = replyCode;
    f.diagnostic = diagnostic;
    f.diagnosticType = r.diagnosticType;
    f.remoteMta = r.remoteMta || remoteMtaIn(diagnostic) || remoteMtaIn(blockText);
    f.reportingMta = report.dsn.reportingMta;
    f.lines = [...r.lines, ...blockLines];
    f.context = context;
    f.command = smtpCommandIn([diagnostic, ...context]);
    return f;
  });
}
