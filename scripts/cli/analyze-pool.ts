/**
 * `analyze` over many files on several cores: the main thread and worker threads (analyze-worker.ts, run from
 * the same compiled bundle, so they run the same code) take batches of files from one queue; the outcomes come
 * back by input position and are handed on in input order, so stdout is the same bytes as one thread gives.
 * A worker that fails hands its unfinished batches back to the queue.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../lib/bounce/types';
import { analyzeFile, type FileOutcome } from './analyze-format';
import type { Done, Job, WorkerSettings } from './analyze-worker';
import type { InputFile } from './read-inputs';

/** Fewer files than this stay in one thread: a worker costs about as much to start as this many messages. */
export const FILES_PER_WORKER = 48;
const BATCH = 8;
/** Batches a worker holds, so it never waits for the next. */
const AHEAD = 2;

/** Workers for this many files: none for few files, for standard input or without the compiled bundle. */
export function workerCount(inputs: readonly InputFile[], env: NodeJS.ProcessEnv = process.env): number {
  if (!env.BOUNCE_CLI_BUNDLE || !env.BOUNCE_CLI_WORKER_RUNNER || inputs.some((i) => i.path === null)) return 0;
  const cap = env.BOUNCE_CLI_WORKERS !== undefined ? Number(env.BOUNCE_CLI_WORKERS) : availableParallelism() - 1;
  return Math.max(0, Math.min(cap, Math.floor(inputs.length / FILES_PER_WORKER)));
}

/**
 * Analyzes every input, calling `emit` with each outcome in input order.
 * @param workers how many worker threads besides the main thread (workerCount)
 */
export async function analyzeAll(inputs: readonly InputFile[], json: boolean, options: AnalyzeOptions, workers: number, emit: (outcome: FileOutcome) => void): Promise<void> {
  const outcomes: Array<FileOutcome | undefined> = new Array(inputs.length);
  const queue: number[][] = [];
  for (let i = 0; i < inputs.length; i += BATCH) queue.push(Array.from({ length: Math.min(BATCH, inputs.length - i) }, (_, k) => i + k));
  let next = 0;
  let wake: (() => void) | null = null;
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    for (let o = outcomes[next]; o !== undefined; o = outcomes[next]) {
      outcomes[next++] = undefined;
      emit(o);
    }
  };
  const pool = Array.from({ length: workers }, () => startWorker(inputs, json, queue, settle, () => wake?.()));
  while (next < inputs.length) {
    const batch = queue.shift();
    if (!batch) {
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    for (const index of batch) {
      const input = inputs[index];
      if (input) settle(index, await analyzeFile(input.name, input.read, json, options));
    }
    // let the workers' answers in between batches
    if (workers > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (process.env.BOUNCE_CLI_DEBUG) process.stderr.write(`main done at ${performance.now().toFixed(0)} ms\n`);
  await Promise.all(pool.map((w) => w.terminate()));
}

function startWorker(inputs: readonly InputFile[], json: boolean, queue: number[][], settle: (index: number, outcome: FileOutcome) => void, changed: () => void): Worker {
  const settings: WorkerSettings = { analyzeWorker: true, json };
  const worker = new Worker(process.env.BOUNCE_CLI_WORKER_RUNNER ?? '', { workerData: { bundle: process.env.BOUNCE_CLI_BUNDLE, settings }, stdout: false, stderr: false });
  const held: number[][] = [];
  const feed = () => {
    while (held.length < AHEAD) {
      const batch = queue.shift();
      if (!batch) return;
      held.push(batch);
      const jobs: Job[] = batch.map((index) => ({ index, name: inputs[index]?.name ?? '', path: inputs[index]?.path ?? '' }));
      worker.postMessage(jobs);
    }
  };
  const t0 = performance.now();
  let count = 0;
  worker.on('message', (done: Done[]) => {
    if (process.env.BOUNCE_CLI_DEBUG && count === 0) process.stderr.write(`worker first batch after ${(performance.now() - t0).toFixed(0)} ms\n`);
    count += done.length;
    held.shift();
    for (const d of done) settle(d.index, d.outcome);
    feed();
    changed();
  });
  const lost = () => {
    queue.unshift(...held.splice(0));
    changed();
  };
  worker.on('error', lost);
  worker.on('exit', () => process.env.BOUNCE_CLI_DEBUG && process.stderr.write(`worker did ${count} files\n`));
  worker.on('exit', lost);
  feed();
  return worker;
}
