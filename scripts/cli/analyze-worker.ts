/**
 * The worker-thread side of `analyze` over many files (analyze-pool.ts starts it from the same bundle): it
 * loads what analyze() needs once, then answers each batch of files with their outcomes, by input position.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type FileOutcome } from './analyze-format';
import { loadAnalyzeOptions } from './analyze-options';

export interface Job {
  index: number;
  name: string;
  path: string;
}

export interface Done {
  index: number;
  outcome: FileOutcome;
}

export interface WorkerSettings {
  analyzeWorker: true;
  json: boolean;
}

export function isWorkerSettings(value: unknown): value is WorkerSettings {
  return typeof value === 'object' && value !== null && 'analyzeWorker' in value && value.analyzeWorker === true && 'json' in value && typeof value.json === 'boolean';
}

/** Serves batches until the main thread ends the worker; batches queue in the port while the options load. */
export async function serveAnalyzeWorker(settings: WorkerSettings): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const options = await loadAnalyzeOptions();
  port.on('message', async (jobs: Job[]) => {
    const done: Done[] = [];
    for (const job of jobs) done.push({ index: job.index, outcome: await analyzeFile(job.name, () => readFileSync(job.path), settings.json, options) });
    port.postMessage(done);
  });
}
