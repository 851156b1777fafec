/**
 * npm run --silent analyze -- [--json] PATH...
 * Prints one verdict per recipient (with --json: one JSON object per line) for each file, each file in each
 * folder (recursively) or standard input ("-"). Only results go to stdout; problems go to stderr, and on a terminal
 * a progress line (files done of total, messages per second) while several files are read. Many files are read
 * on several cores (analyze-pool.ts); the same bundle started as a worker thread serves analyze-worker.ts.
 */
import './closed-pipe';
import { isMainThread, workerData } from 'node:worker_threads';
import type { FileOutcome } from './analyze-format';
import { loadAnalyzeOptions } from './analyze-options';
import { analyzeAll, workerCount } from './analyze-pool';
import { isWorkerSettings, serveAnalyzeWorker } from './analyze-worker';
import { progressLine } from './progress';
import { listInputs } from './read-inputs';

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
  let inputs;
  try {
    inputs = listInputs(paths);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const options = await loadAnalyzeOptions();
  const progress = progressLine(inputs.length);
  // results are written in blocks (one write per file costs a system call each); a terminal gets them at once
  const out = new OutputBuffer(process.stdout.isTTY ? 0 : 64 * 1024);
  const emit = (outcome: FileOutcome) => {
    if (outcome.error !== undefined) {
      progress.done();
      out.flush();
      process.stderr.write(`${outcome.error}\n`);
      failed++;
      return;
    }
    if (process.stdout.isTTY) progress.done();
    out.write(`${outcome.text}\n`);
    progress.step();
  };
  await analyzeAll(inputs, json, options, workerCount(inputs), emit);
  out.flush();
  progress.done();
  return failed > 0 ? 1 : 0;
}

if (!isMainThread && isWorkerSettings(workerData?.settings)) {
  void serveAnalyzeWorker(workerData.settings);
} else {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
