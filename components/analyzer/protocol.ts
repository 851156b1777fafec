import type { AnalyzeResult } from '@/lib/bounce/types';
import type { HostConfig } from '@/lib/host/schema';

/** Main thread → worker: one analysis. */
export interface AnalyzeRequest {
  id: number;
  input: string | Uint8Array;
  servers: HostConfig['servers'];
}

/** Worker → main thread: that it started (so loading time is not counted as analysis), then the result or why none. */
export type AnalyzeResponse =
  | { id: number; started: true }
  | { id: number; ok: true; result: AnalyzeResult }
  | { id: number; ok: false; error: string };
