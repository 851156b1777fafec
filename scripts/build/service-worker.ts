/**
 * Postbuild step: writes out/sw.js, the offline service worker (lib/sw/source.ts). It precaches the pages search and
 * the analyzer need, the search index, the 404 page and every chunk those pages load, read from the exported HTML.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { host } from '../../host.config';
import { assetClosure } from '../../lib/sw/assets';
import { serviceWorkerSource } from '../../lib/sw/source';

/** Pages whose HTML and assets are cached on install, with the file each is exported to. */
const PAGES = { '/': 'index.html', '/analyze/': 'analyze/index.html', '/search/': 'search/index.html', '/404.html': '404.html' } as const;
const FILES = ['/search-index.json', '/redirect.css', '/favicon.svg'];

export function writeServiceWorker(out: string): { version: string; precache: string[] } {
  const read = (path: string) => (existsSync(join(out, path)) ? readFileSync(join(out, path), 'utf8') : null);
  const html = Object.values(PAGES).map((file) => {
    const text = read(file);
    if (text === null) throw new Error(`service worker: out/${file} is missing`);
    return text;
  });
  const missing = FILES.filter((f) => read(f) === null);
  if (missing.length > 0) throw new Error(`service worker: ${missing.join(', ')} missing from out/`);
  const workerPath = /"path":\s*"([^"]+)"/.exec(read('analyzer-worker.json') ?? '')?.[1];
  const precache = [...Object.keys(PAGES), ...FILES, ...(workerPath ? [workerPath] : []), ...assetClosure(html, read)];
  const hash = createHash('sha256');
  hash.update(read('../.next/BUILD_ID') ?? '');
  const pageFiles = new Map<string, string>(Object.entries(PAGES));
  for (const path of precache) hash.update(`${path}\n${read(pageFiles.get(path) ?? path) ?? ''}`);
  const version = hash.digest('hex').slice(0, 12);
  writeFileSync(join(out, 'sw.js'), serviceWorkerSource({ version, precache, siteName: host.siteName }));
  return { version, precache };
}
