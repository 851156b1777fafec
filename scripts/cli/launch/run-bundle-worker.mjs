/** A worker thread's entry: runs the compiled bundle named in workerData, with its V8 code cache (run-bundle.mjs). */
import { workerData } from 'node:worker_threads';
import { runBundle } from './run-bundle.mjs';

runBundle(workerData.bundle, []);
