/**
 * The search index for the command-line tools. Under the compiled launcher (scripts/cli/launch/) it is kept in
 * .cache/cli/ as the JSON the browser gets, with a stamp of every file under content/ (sizes, times, SHA-256) and
 * of the build, so a call costs some stat calls, a file read and JSON.parse instead of reading and validating
 * every article. Without the launcher (tsx, tests) it is built from content/ each time, as before. Either way it
 * comes from scripts/build/search-index.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SearchDoc } from '../../lib/classifier/search/search-doc';
import { checkStamp, makeStamp, readStamp, writeAtomic } from './launch/stamp.mjs';

/** The folder content/load.ts reads (it resolves content/ from the working directory too). */
export const CONTENT_FOLDER = join(process.cwd(), 'content');

function isDocs(value: unknown): value is SearchDoc[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && 'url' in d);
}

function hasBuild(stamp: unknown, build: string): boolean {
  return typeof stamp === 'object' && stamp !== null && 'build' in stamp && stamp.build === build;
}

async function buildIndex(): Promise<SearchDoc[]> {
  const { loadSearchIndex } = await import('../build/search-index');
  return loadSearchIndex();
}

function cached(file: string, stampFile: string, build: string): SearchDoc[] | null {
  const stamp = readStamp(stampFile);
  if (!hasBuild(stamp, build)) return null;
  const state = checkStamp(CONTENT_FOLDER, stamp);
  if (state === 'stale') return null;
  let docs: unknown;
  try {
    docs = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isDocs(docs)) return null;
  if (state === 'refreshed') {
    try {
      writeAtomic(stampFile, JSON.stringify(stamp));
    } catch {
      // checked again next time
    }
  }
  return docs;
}

export async function loadCliSearchIndex(): Promise<SearchDoc[]> {
  const build = process.env.BOUNCE_CLI_BUILD;
  const cache = process.env.BOUNCE_CLI_CACHE;
  if (!build || !cache) return buildIndex();
  const file = join(cache, 'search-index.json');
  const stampFile = join(cache, 'search-index.stamp.json');
  const hit = cached(file, stampFile, build);
  if (hit) return hit;
  const docs = await buildIndex();
  const { serializeSearchIndex } = await import('../build/search-index');
  const json = serializeSearchIndex(docs);
  try {
    const entries = readdirSync(CONTENT_FOLDER, { recursive: true, withFileTypes: true });
    const rel = (e: (typeof entries)[number]) => relative(CONTENT_FOLDER, join(e.parentPath, e.name)).split('\\').join('/');
    const files = entries.filter((e) => e.isFile()).map(rel);
    // every folder, content/ itself included: a new article anywhere changes a listing
    const dirs = ['.', ...entries.filter((e) => e.isDirectory()).map(rel)];
    // the index is written first: a reader that sees the new stamp finds the new index
    writeAtomic(file, json);
    writeAtomic(stampFile, JSON.stringify({ ...makeStamp(CONTENT_FOLDER, { files, dirs, outputs: [relative(CONTENT_FOLDER, file)] }), build }));
  } catch {
    // a read-only checkout still answers; it builds the index again next time
  }
  // the same value a cache hit gives, so a first call answers exactly as later calls do
  const fresh: unknown = JSON.parse(json);
  return isDocs(fresh) ? fresh : docs;
}
