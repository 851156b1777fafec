import type { AnalyzeResult, RecipientResult } from '@/lib/bounce/types';
import type { HostConfig } from '@/lib/host/schema';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

/** Longest an analysis may take before the worker is stopped and the user told so. */
const TIMEOUT_MS = 8000;

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' });
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
    const [{ loadEngine }, { bestArticle }] = await Promise.all([import('../search/engine'), import('@/lib/classifier/article-for')]);
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
    const timer = window.setTimeout(() => {
      w.terminate();
      worker = null;
      reject(new Error('The analysis took too long and was stopped. Try pasting only the bounce text, not the attachments.'));
    }, TIMEOUT_MS);
    function onMessage(event: MessageEvent<AnalyzeResponse>) {
      if (event.data.id !== id) return;
      window.clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(`The analyzer could not read this input (${event.data.error}).`));
    }
    w.addEventListener('message', onMessage);
    const request: AnalyzeRequest = { id, input, servers };
    w.postMessage(request);
  });
}
