/**
 * The search engine for the browser, loaded on first use: fetches the index once, prepares it, and answers
 * queries in memory (no request per keystroke). Imported dynamically so it stays out of the initial JavaScript.
 */
import { search, type SearchResult } from '@/lib/classifier/search/rank';
import { prepareIndex, type PreparedIndex } from '@/lib/classifier/search/prepare';
import type { SearchDoc } from '@/lib/classifier/search/search-doc';

export type { SearchResult };

let loading: Promise<PreparedIndex> | null = null;

function isDocs(value: unknown): value is SearchDoc[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && 'url' in d);
}

/** Loads and prepares the index once per page; later calls share the same promise. */
export function loadEngine(): Promise<PreparedIndex> {
  loading ??= fetch('/search-index.json')
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json();
    })
    .then((json: unknown) => {
      if (!isDocs(json)) throw new Error('search index: unexpected format');
      return prepareIndex(json);
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}

export function runSearch(index: PreparedIndex, query: string, limit = 8): SearchResult[] {
  return query.trim() ? search(index, query, { limit }) : [];
}

/** The URL of a code's own page when the whole query is exactly one known code ("550", "5.1.1", "#5.1.1"). */
export function exactCodePage(index: PreparedIndex, query: string): string | null {
  const code = query.trim().replace(/^#/, '');
  if (!/^(\d{3}|[245]\.\d{1,3}\.\d{1,3})$/.test(code)) return null;
  const url = `/codes/${code}/`;
  return index.docs.some((d) => d.url === url) ? url : null;
}
