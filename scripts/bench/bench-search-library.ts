/**
 * npm run bench:search:library — the full-text layer side by side: our BM25F index (lib/classifier/search/
 * text-index.ts) against MiniSearch 7.2.0, each alone and each under the code-aware ranking (codes, phrases,
 * topics, class preference), on the dev set, our own set and the two blind sets; then the bytes each ships (code, index) and the
 * time to make the index ready in the browser's place.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { withoutPacked } from '../../lib/classifier/search/packed-index';
import { prepareIndex } from '../../lib/classifier/search/prepare';
import { search } from '../../lib/classifier/search/rank';
import type { SearchDoc } from '../../lib/classifier/search/search-doc';
import { textScores } from '../../lib/classifier/search/text-index';
import { stem, tokenize } from '../../lib/classifier/search/text';
import { BLIND2_QUERIES_PATH, BLIND_QUERIES_PATH, isPastedLine, loadDevQueries, loadOwnQueries, scoreDevQueries, type DevQuery } from '../corpus/dev-queries';
import { loadSearchIndex, serializeSearchIndex } from '../build/search-index';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The same fields and weights as our index, for MiniSearch; its own tokenizer, our stemmer and stop words. */
function miniSearch(docs: readonly SearchDoc[]): MiniSearch<{ id: number }> {
  const ms = new MiniSearch<{ id: number }>({
    fields: ['title', 'messages', 'keywords', 'slug', 'origin', 'summary', 'headings'],
    extractField: (d, field) => {
      const doc = docs[Number(d.id)];
      if (!doc) return '';
      if (field === 'id') return String(d.id);
      if (field === 'messages') return doc.messages.map((m) => m.text).join(' \n ');
      if (field === 'keywords') return [...doc.keywords, ...(doc.topics ?? [])].join(' \n ');
      if (field === 'slug') return doc.kind === 'error' || doc.kind === 'guide' ? (doc.url.split('/')[2] ?? '').replace(/-/g, ' ') : '';
      if (field === 'origin') return doc.origin ?? '';
      if (field === 'headings') return doc.headings.join(' \n ');
      return field === 'title' ? doc.title : doc.summary;
    },
    processTerm: (t) => tokenize(t)[0] ?? null,
    searchOptions: { boost: { title: 3, messages: 2.5, keywords: 2.5, slug: 2, origin: 1.5 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  ms.addAll(docs.map((_, id) => ({ id })));
  return ms;
}

function score(set: readonly DevQuery[], docs: readonly SearchDoc[], rank: (q: string) => string[]) {
  const all = scoreDevQueries(set, docs, rank);
  const pasted = scoreDevQueries(set.filter(isPastedLine), docs, rank);
  const p = (n: number, t: number) => `${((100 * n) / Math.max(1, t)).toFixed(1)}%`;
  return `top-1 ${p(all.top1, all.total)}  top-3 ${p(all.top3, all.total)}  pasted top-1 ${p(pasted.top1, pasted.total)}`;
}

async function gzipBundle(entry: string): Promise<number> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

async function main() {
  const docs = loadSearchIndex();
  const ms = miniSearch(docs);
  // As our layer does: near spellings only for a short query (a long paste is machine text).
  const msLayer = (tokens: readonly string[]) =>
    new Map(ms.search(tokens.join(' '), tokens.length <= 12 ? {} : { fuzzy: false, prefix: false }).map((r) => [Number(r.id), r.score]));
  const ix = prepareIndex(docs);
  const oursAlone = (q: string) => {
    const s = textScores(ix.text, tokenize(q).map((t) => [{ id: ix.text.termId.get(t) ?? -1, weight: 1 }].filter((e) => e.id >= 0)));
    return [...s].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([d]) => docs[d]?.url ?? '');
  };
  const rankers: [string, (q: string) => string[]][] = [
    ['MiniSearch alone', (q) => ms.search(q).slice(0, 10).map((r) => docs[Number(r.id)]?.url ?? '')],
    ['our BM25F alone (exact words)', oursAlone],
    ['code-aware ranking + MiniSearch text layer', (q) => search(docs, q, { limit: 10, textLayer: msLayer }).map((r) => r.url)],
    ['code-aware ranking + our BM25F text layer', (q) => search(docs, q, { limit: 10 }).map((r) => r.url)],
  ];
  const dev = loadDevQueries();
  const own = loadOwnQueries();
  const blind = [...loadOwnQueries(BLIND_QUERIES_PATH), ...loadOwnQueries(BLIND2_QUERIES_PATH)];
  const lines: string[] = [];
  for (const [name, rank] of rankers) {
    lines.push(`${name}:`, `  dev: ${dev ? score(dev, docs, rank) : 'skipped: ../shared not found'}`, `  own: ${score(own, docs, rank)}`, `  both blind sets: ${score(blind, docs, rank)}`);
  }
  const root = join(import.meta.dirname, '..', '..');
  const msCode = await gzipBundle(join(root, 'node_modules', 'minisearch', 'dist', 'es', 'index.js'));
  const ourCode = await gzipBundle(join(root, 'lib', 'classifier', 'search', 'text-index.ts'));
  const msJson = JSON.stringify(ms);
  const plainDocs = JSON.stringify(docs.map(withoutPacked));
  lines.push(
    `code shipped (minified, gzip): MiniSearch ${kib(msCode)}; our text index with its tokenizer ${kib(ourCode)}`,
    `index shipped (gzip): our documents with the packed index ${kib(gzipSync(serializeSearchIndex(docs), { level: 9 }).length)}; ` +
      `documents alone ${kib(gzipSync(plainDocs, { level: 9 }).length)} + MiniSearch's serialized index ${kib(gzipSync(msJson, { level: 9 }).length)}`,
  );
  const t0 = performance.now();
  MiniSearch.loadJSON(msJson, { fields: ['title', 'messages', 'keywords', 'slug', 'origin', 'summary', 'headings'], processTerm: (t) => stem(t.toLowerCase()) });
  const t1 = performance.now();
  prepareIndex([...docs]);
  const t2 = performance.now();
  lines.push(`ready in Node (warm): MiniSearch.loadJSON ${(t1 - t0).toFixed(1)} ms; our prepareIndex from the packed index ${(t2 - t1).toFixed(1)} ms`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
