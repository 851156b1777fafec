/**
 * The bounce analyzer: text or bytes in, one verdict per recipient out. Pure (no Node built-ins, no I/O), so the
 * browser can run it in a Web Worker; asynchronous only because postal-mime is.
 */
import type { Finding } from './find/finding';
import { collectFindings } from './find/findings';
import { checkInput, type RawInput } from './read/input';
import { LIMITS } from './read/limits';
import { splitMessage } from './read/mime';
import { buildReport, type Report } from './read/report';
import type { AnalyzeOptions, AnalyzeResult } from './types';
import { detectLanguage } from './lang/detect';
import { localizedFailureFindings } from './lang/localized-failure';
import { messageFacts, withTypoHint } from './verdict/message-facts';
import { toResult } from './verdict/verdict';

interface Read {
  findings: Finding[];
  plainFallback: boolean;
  report: Report;
}

/** A report that names its recipients itself (status fields or recipient lines). */
function namesRecipients(report: Report): boolean {
  return report.dsn.recipients.length > 0 || report.plain.blocks.length > 0;
}

/** The returned or quoted message, when it is itself a bounce (a forwarded report). */
function innerMessage(report: Report): string {
  const inner = report.parts.original || report.plain.originalLines.join('\n');
  const head = inner.slice(0, 65536);
  const isReport = /^content-type:\s*multipart\/report/im.test(head) || /^from:[^\n]*(?:mailer-daemon|postmaster)/im.test(head);
  return isReport ? inner : '';
}

/** Blank lines (or lines of spaces) above a message's headers, as some saved or pasted messages have. */
function withoutLeadingBlankLines(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10)) i++;
  const lineStart = i === 0 ? 0 : bytes.lastIndexOf(10, i - 1) + 1;
  return lineStart > 0 ? bytes.subarray(lineStart) : bytes;
}

async function read(bytes: Uint8Array, depth: number): Promise<Read> {
  const parts = await splitMessage(bytes);
  const report = buildReport(parts);
  const findings = localizedFailureFindings(report, collectFindings(report));
  if (depth < 3 && !namesRecipients(report) && findings.every((f) => f.kind !== 'feedback')) {
    const inner = innerMessage(report);
    if (inner) {
      const nested = await read(new TextEncoder().encode(inner.replace(/^\s+/, '')), depth + 1);
      if (nested.findings.some((f) => f.recipient && f.kind !== 'not-a-bounce')) return nested;
    }
  }
  return { findings, plainFallback: parts.plainFallback, report };
}

export async function analyze(input: RawInput, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const checked = checkInput(input);
  if (checked.refused) return { note: checked.note, refused: checked.refused, results: [] };
  const { findings, plainFallback, report } = await read(withoutLeadingBlankLines(checked.bytes), 0);
  // the report's language brings in its concept rules (lib/classifier/reasons/localized-concepts.ts)
  const language = detectLanguage(report.reportText);
  const verdicts = findings.slice(0, LIMITS.maxResults).map((f) => toResult(f, options, language?.code ?? null));
  const message = messageFacts(report, verdicts, options, language);
  const results = verdicts.map(withTypoHint);
  return {
    note: plainFallback ? 'The MIME structure was too deep, too large or broken, so the message was read as plain text.' : null,
    refused: null,
    results,
    ...(message ? { message } : {}),
  };
}
