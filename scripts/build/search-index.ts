/**
 * The search index, built from content/ directly (no build needed): the command line, the benchmark and the
 * tests read it here; the site build writes the same JSON for the browser with writeSearchIndex().
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packSearchDocs } from '../../lib/classifier/search/packed-index';
import { buildSearchDocs, type SearchDoc } from '../../lib/classifier/search/search-doc';
import { topicClashes } from '../../lib/classifier/search/topics';
import { parseArticle, type Article } from '../../lib/content/article';
import { CONTENT_DIR, loadArticles } from '../../content/load';

/** Every valid article; while content is being written, invalid files are skipped with a warning on stderr. */
function tolerantArticles(): Article[] {
  try {
    return loadArticles();
  } catch (err) {
    const files = readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => f.split('\\').join('/'));
    const results = files.sort().map((f) => parseArticle(f, readFileSync(join(CONTENT_DIR, f), 'utf8')));
    const bad = results.flatMap((r) => (r.ok ? [] : [r.error]));
    process.stderr.write(`search index: skipped ${bad.length} invalid article(s):\n  ${bad.join('\n  ')}\n`);
    if (bad.length === 0) throw err;
    return results.flatMap((r) => (r.ok ? [r.article] : []));
  }
}

/** Search documents for every article under content/, read directly (no build needed), packed as the browser gets them. */
export function loadSearchIndex(): SearchDoc[] {
  return packSearchDocs(buildSearchDocs(tolerantArticles()));
}

/** The JSON the browser fetches: the SearchDoc array, the first document carrying the packed index, without whitespace. */
export function serializeSearchIndex(docs: readonly SearchDoc[]): string {
  return JSON.stringify(docs[0]?.packed ? docs : packSearchDocs(docs));
}

/** Fails naming the pages when two claim the same topic: a topic has one page that is the answer for it. */
export function checkTopics(docs: readonly Pick<SearchDoc, 'url' | 'topics'>[]): void {
  const clashes = topicClashes(docs);
  if (clashes.length) throw new Error(clashes.map((c) => `topics: "${c.topic}" is claimed by ${c.urls.join(' and ')}; one page per topic`).join('\n'));
}

/** Writes the index JSON to `path` (by default from every article, failing on an invalid one) and returns its size in bytes, raw and gzipped. */
export function writeSearchIndex(path: string, docs: readonly SearchDoc[] = packSearchDocs(buildSearchDocs(loadArticles()))): { bytes: number; gzipBytes: number } {
  checkTopics(docs);
  const json = serializeSearchIndex(docs);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  return { bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json, { level: 9 }).length };
}
