/// <reference lib="webworker" />
/**
 * Runs the bounce analyzer off the main thread so the page stays responsive. The pasted text arrives by
 * postMessage and never leaves this browser: the only request made here is for the site's own search index.
 */
import { analyze } from '@/lib/bounce/analyze';
import { bestArticle } from '@/lib/classifier/article-for';
import type { SearchDoc } from '@/lib/classifier/search-doc';
import type { AnalyzeRequest, AnalyzeResponse } from './protocol';

let docs: Promise<SearchDoc[]> | null = null;

function loadDocs(): Promise<SearchDoc[]> {
  docs ??= fetch('/search-index.json')
    .then((r) => (r.ok ? r.json() : []))
    .then((json: unknown) => (Array.isArray(json) ? json.filter((d): d is SearchDoc => typeof d === 'object' && d !== null && 'url' in d) : []))
    .catch(() => []);
  return docs;
}

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
  const { id, input, servers } = event.data;
  try {
    const index = await loadDocs();
    const result = await analyze(input, {
      host: { servers },
      chooseArticle: index.length > 0 ? (i) => bestArticle(index, i) : undefined,
    });
    const response: AnalyzeResponse = { id, ok: true, result };
    self.postMessage(response);
  } catch (err) {
    const response: AnalyzeResponse = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
    self.postMessage(response);
  }
};
