/**
 * Findings from a plain-text report (or a pasted body): one per recipient block; when no line names a
 * recipient, the report as a whole speaks for the address the headers or the returned original name.
 */
import { findAddresses, isSystemAddress, normalizeAddress } from './addresses';
import { codesIn, hasCode } from './codes-in';
import { emptyFinding, type Finding } from './finding';
import { fieldValue } from '../read/header-block';
import { kindFromText } from './kind';
import { remoteMtaIn } from './remote-mta';
import { smtpCommandIn } from './smtp-command';
import type { Report } from '../read/report';
import { blockDiagnostic } from './text-diagnostic';

/** Lines of the report's opening that carry a code ("Could not be delivered because of\n\n550 5.1.1 User unknown"). */
function preambleCodeLines(report: Report): string[] {
  return report.plain.preamble.map((l) => l.trim()).filter((l) => l !== '' && hasCode(l)).slice(0, 2);
}

function finding(report: Report, recipient: string | null, blockDiag: string[], blockLines: string[]): Finding {
  const diagLines = blockDiag.some(hasCode) ? blockDiag : [...preambleCodeLines(report), ...blockDiag];
  const diagnostic = diagLines.join(' ').replace(/\s+/g, ' ').trim();
  const codes = codesIn(diagnostic);
  const preamble = report.plain.preamble.join('\n');
  const context = [blockLines.join('\n'), preamble, report.subject];
  const f = emptyFinding(kindFromText(context, codes.status, codes.replyCode));
  f.recipient = recipient;
  f.status = codes.status;
  f.replyCode = codes.replyCode;
  f.diagnostic = diagnostic;
  f.remoteMta = remoteMtaIn(blockLines.join('\n')) || remoteMtaIn(preamble);
  f.lines = diagLines;
  f.context = context;
  f.command = smtpCommandIn([diagnostic, ...context]);
  return f;
}

/** The report lines that matter when no block names a recipient: those with a code, else the non-blank ones. */
function wholeReport(report: Report): string[] {
  const lines = report.plain.lines.map((l) => l.trim()).filter((l) => l !== '');
  const withCode = lines.findIndex((l) => {
    const codes = codesIn(l);
    return codes.replyCode !== '' || codes.status !== '';
  });
  return withCode === -1 ? [] : lines.slice(withCode, withCode + 4);
}

/** The words just above the first recipient when its block says nothing (Lotus Notes' "Failure Reasons"). */
function wordsAbove(report: Report): string[] {
  const line = [...report.plain.preamble].reverse().find((l) => l.trim() !== '');
  return line && !/-{3,}|={3,}|\*{3,}/.test(line) ? [line.trim()] : [];
}

export function textFindings(report: Report): Finding[] {
  if (report.plain.blocks.length > 0) {
    return report.plain.blocks.map((b, i) => {
      const diag = blockDiagnostic(b);
      return finding(report, b.recipient, diag.length === 0 && i === 0 ? wordsAbove(report) : diag, b.lines);
    });
  }
  const lines = wholeReport(report);
  const failed = findAddresses(fieldValue(report.parts.headers, 'x-failed-recipients')).map((h) => normalizeAddress(h.address));
  if (failed.length > 0) return failed.map((a) => finding(report, a, lines, report.plain.lines));
  const exclude = new Set(
    ['to', 'from', 'return-path', 'reply-to'].flatMap((n) => findAddresses(fieldValue(report.parts.headers, n)).map((h) => h.address.toLowerCase())),
  );
  const candidates = findAddresses(report.reportText, 50)
    .map((h) => normalizeAddress(h.address))
    .filter((a) => !isSystemAddress(a) && !exclude.has(a.toLowerCase()));
  // an address on a "To:"/"An:"/"De:" line of a pasted client header is the customer's own, not the recipient
  const mentioned = candidates.find((a) => !report.plain.fieldAddresses.includes(a.toLowerCase())) ?? candidates[0];
  const fallback = mentioned ?? report.originalTo[0] ?? null;
  return [finding(report, fallback, lines, report.plain.lines)];
}
