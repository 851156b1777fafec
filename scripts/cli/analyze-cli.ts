/**
 * npm run --silent analyze -- [--json] PATH...
 * Prints one verdict per recipient (with --json: one JSON object per line) for each file, each file in each
 * folder (recursively) or standard input ("-"). Only results go to stdout; problems go to stderr, and on a terminal
 * a progress line (files done of total, messages per second) while several files are read.
 */
import './closed-pipe';
import { analyze } from '../../lib/bounce/analyze';
import type { AnalyzeResult, RecipientResult } from '../../lib/bounce/types';
import { host } from '../../host.config';
import { loadArticleChooser } from './article-chooser';
import { loadCliKnownMessages } from './content-cache';
import { progressLine } from './progress';
import { listInputs } from './read-inputs';

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

class OutputBuffer {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) this.flush();
  }
  flush(): void {
    if (this.parts.length > 0) process.stdout.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const paths = argv.filter((a) => a !== '--json');
  if (paths.length === 0) {
    process.stderr.write('usage: npm run --silent analyze -- [--json] PATH...   (PATH may be a file, a folder or - for stdin)\n');
    return 2;
  }
  let failed = 0;
  const chooseArticle = await loadArticleChooser();
  const knownMessages = await loadCliKnownMessages();
  let inputs;
  try {
    inputs = listInputs(paths);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const progress = progressLine(inputs.length);
  // results are written in blocks (one write per file costs a system call each); a terminal gets them at once
  const out = new OutputBuffer(process.stdout.isTTY ? 0 : 64 * 1024);
  for (const input of inputs) {
    let bytes: Uint8Array;
    try {
      bytes = input.read();
    } catch (e) {
      progress.done();
      out.flush();
      process.stderr.write(`${input.name}: ${e instanceof Error ? e.message : String(e)}\n`);
      failed++;
      continue;
    }
    const analysis = await analyze(bytes, { host, chooseArticle, knownMessages });
    const text = json ? toLines(input.name, analysis).map((l) => JSON.stringify(l)).join('\n') : readable(input.name, analysis);
    if (process.stdout.isTTY) progress.done();
    out.write(`${text}\n`);
    progress.step();
  }
  out.flush();
  progress.done();
  return failed > 0 ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
