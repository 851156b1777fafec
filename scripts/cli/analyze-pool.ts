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

/**
 * Fewer files than this per worker stay in one thread: a worker's first answer comes about 100 ms after it is
 * started when it runs alone (BOUNCE_CLI_DEBUG), about what a fresh process spends on this many messages.
 */
export const FILES_PER_WORKER = 96;
const BATCH = 8;
/** Batches a worker holds, so it never waits for the next. */
const AHEAD = 2;
/**
 * Cores left to the main thread: besides its own work it runs V8's compiler and collector threads. On two cores a
 * worker cost more CPU (its start-up and its own warming up) than it saved (npm run bench:analyze, "one thread").
 */
const KEPT_CORES = 2;
const MAX_WORKERS = 4;

/**
 * Workers for these inputs: none for few files, for standard input or without the compiled bundle.
 * BOUNCE_CLI_WORKERS=N asks for exactly N (tests, benchmarks).
 */
export function workerCount(inputs: readonly InputFile[], env: Readonly<Record<string, string | undefined>> = process.env, cores = availableParallelism()): number {
  if (!env.BOUNCE_CLI_BUNDLE || !env.BOUNCE_CLI_WORKER_RUNNER || inputs.some((i) => i.path === null)) return 0;
  const asked = Number(env.BOUNCE_CLI_WORKERS);
  if (env.BOUNCE_CLI_WORKERS && Number.isInteger(asked) && asked >= 0) return Math.min(asked, inputs.length);
  return Math.max(0, Math.min(cores - KEPT_CORES, MAX_WORKERS, Math.floor(inputs.length / FILES_PER_WORKER)));
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
  debug(`main thread done ${performance.now().toFixed(0)} ms after start`);
  await Promise.all(pool.map((w) => w.terminate()));
}

/** BOUNCE_CLI_DEBUG=1: when the threads finish and how many files each worker read, on stderr (the benchmark reads it). */
function debug(text: string): void {
  if (process.env.BOUNCE_CLI_DEBUG) process.stderr.write(`analyze: ${text}\n`);
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
  const started = performance.now();
  let count = 0;
  worker.on('message', (done: Done[]) => {
    if (count === 0) debug(`worker's first batch back ${(performance.now() - started).toFixed(0)} ms after it was started`);
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
  worker.on('exit', () => {
    debug(`worker did ${count} files`);
    lost();
  });
  feed();
  return worker;
}
