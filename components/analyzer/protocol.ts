import type { AnalyzeResult } from '@/lib/bounce/types';
import type { HostConfig } from '@/lib/host/schema';

/** Main thread → worker: one analysis. */
export interface AnalyzeRequest {
  id: number;
  input: string | Uint8Array;
  servers: HostConfig['servers'];
}

/** Worker → main thread: the result, or why there is none. */
export type AnalyzeResponse = { id: number; ok: true; result: AnalyzeResult } | { id: number; ok: false; error: string };
