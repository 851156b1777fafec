/// <reference lib="webworker" />
/**
 * Runs the bounce analyzer off the main thread so the page stays responsive. The pasted text arrives by
 * postMessage and never leaves this browser: the worker makes no request at all. The page picks each result's
 * article afterwards with the search engine it shares with the search box.
 */
import { analyze } from '@/lib/bounce/analyze';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
  const { id, input, servers } = event.data;
  const started: AnalyzeResponse = { id, started: true };
  self.postMessage(started);
  try {
    const result = await analyze(input, { host: { servers } });
    const response: AnalyzeResponse = { id, ok: true, result };
    self.postMessage(response);
  } catch (err) {
    const response: AnalyzeResponse = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
    self.postMessage(response);
  }
};
