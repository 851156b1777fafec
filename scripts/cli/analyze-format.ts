/**
 * The text `analyze` prints for one file: the readable verdict lines, or with --json one JSON object per
 * recipient (one line each). The same function runs in the main thread and in the worker threads
 * (analyze-pool.ts), so the bytes on stdout do not depend on which thread read a file.
 */
import { analyze } from '../../lib/bounce/analyze';
import type { AnalyzeOptions, AnalyzeResult, RecipientResult } from '../../lib/bounce/types';

interface Line {
  file: string;
  index: number;
  kind: RecipientResult['kind'];
  recipient: string | null;
  status: string;
  replyCode: string;
  reason: string | null;
  permanent: boolean | null;
  hardBounce: boolean | null;
  diagnostic: string;
  remoteMta: string;
  article: string | null;
}

function toLines(file: string, analysis: AnalyzeResult): Line[] {
  if (analysis.results.length === 0) {
    return [{ file, index: 1, kind: 'not-a-bounce', recipient: null, status: '', replyCode: '', reason: null, permanent: null, hardBounce: null, diagnostic: analysis.note ?? '', remoteMta: '', article: null }];
  }
  return analysis.results.map((r, i) => ({
    file, index: i + 1, kind: r.kind, recipient: r.recipient, status: r.status, replyCode: r.replyCode, reason: r.reason,
    permanent: r.permanent, hardBounce: r.hardBounce, diagnostic: r.diagnostic, remoteMta: r.remoteMta, article: r.article,
  }));
}

function readable(file: string, analysis: AnalyzeResult): string {
  const out = [`${file}${analysis.note ? `: ${analysis.note}` : ''}`];
  analysis.results.forEach((r, i) => {
    const codes = [r.replyCode, r.status].filter(Boolean).join(' ') || 'no code';
    const who = r.ourServer ? `${r.whoActs} (our server)` : r.whoActs;
    out.push(`  ${i + 1}. ${r.kind.toUpperCase()} ${r.recipient ?? '(no address)'} — ${codes} — ${r.reason ?? 'not a bounce'}`);
    if (r.kind === 'failed' || r.kind === 'delayed') {
      out.push(`     ${r.permanent ? 'permanent' : 'temporary'}${r.hardBounce ? ', hard bounce: remove the address' : ''}; who acts: ${who}`);
    }
    if (r.diagnostic) out.push(`     server said: ${r.diagnostic}`);
    if (r.remoteMta) out.push(`     server: ${r.remoteMta}`);
    if (r.article) out.push(`     read: ${r.article}`);
    out.push(`     decided by ${r.evidence.ruleId}`);
    for (const g of r.reasonGuesses ?? []) out.push(`     closest known message (${g.reason}, ${g.ruleId}): ${g.message}`);
  });
  if (analysis.results.length === 0 && !analysis.note) out.push('  not a bounce');
  return out.join('\n');
}

/** What one file gives: its printed text (without the final newline), or why it could not be read. */
export type FileOutcome = { text: string; error?: undefined } | { error: string; text?: undefined };

/** Reads and analyzes one file; a read failure is returned, not thrown. */
export async function analyzeFile(name: string, read: () => Uint8Array, json: boolean, options: AnalyzeOptions): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = read();
  } catch (e) {
    return { error: `${name}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const analysis = await analyze(bytes, options);
  return { text: json ? toLines(name, analysis).map((l) => JSON.stringify(l)).join('\n') : readable(name, analysis) };
}
