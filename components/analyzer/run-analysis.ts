import type { AnalyzeResult, RecipientResult } from '@/lib/bounce/types';
import type { HostConfig } from '@/lib/host/schema';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

/** Longest an analysis may take before the worker is stopped and the user told so. */
const TIMEOUT_MS = 8000;
/** Longest the analyzer's code may take to arrive and start. */
const LOAD_TIMEOUT_MS = 60_000;

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  // A classic worker script bundled before the build (scripts/build/build-worker.ts), named after its content.
  worker ??= new Worker(process.env.NEXT_PUBLIC_ANALYZER_WORKER ?? '/analyzer-worker.js');
  return worker;
}

/** Analyzes in the Web Worker, then links each result to its best article; rejects with a readable message. */
export async function runAnalysis(input: string | Uint8Array, servers: HostConfig['servers']): Promise<AnalyzeResult> {
  const [result, articleFor] = await Promise.all([inWorker(input, servers), articleChooser()]);
  return { ...result, results: result.results.map((r) => ({ ...r, article: r.kind === 'not-a-bounce' ? null : articleFor(r) })) };
}

/** The search engine's article chooser; without the index (offline on a first visit) results keep no article. */
async function articleChooser(): Promise<(r: RecipientResult) => string | null> {
  try {
    const [{ loadEngine }, { bestArticle }] = await Promise.all([import('../search/engine'), import('@/lib/classifier/search/article-for')]);
    const index = await loadEngine();
    return (r) => bestArticle(index.docs, { replyCode: r.replyCode, statusCode: r.status, diagnostic: r.diagnostic, reason: r.reason })?.url ?? null;
  } catch {
    return () => null;
  }
}

function inWorker(input: string | Uint8Array, servers: HostConfig['servers']): Promise<AnalyzeResult> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = (message: string) => {
      w.terminate();
      worker = null;
      reject(new Error(message));
    };
    // Loading the analyzer may be slow on a poor connection; the analysis itself must not be.
    let timer = window.setTimeout(() => stop('The analyzer could not be loaded. Check your connection and try again.'), LOAD_TIMEOUT_MS);
    function onMessage(event: MessageEvent<AnalyzeResponse>) {
      const data = event.data;
      if (data.id !== id) return;
      window.clearTimeout(timer);
      if ('started' in data) {
        timer = window.setTimeout(() => stop('The analysis took too long and was stopped. Try pasting only the bounce text, not the attachments.'), TIMEOUT_MS);
        return;
      }
      w.removeEventListener('message', onMessage);
      if (data.ok) resolve(data.result);
      else reject(new Error(`The analyzer could not read this input (${data.error}).`));
    }
    w.addEventListener('message', onMessage);
    const request: AnalyzeRequest = { id, input, servers };
    w.postMessage(request);
  });
}
