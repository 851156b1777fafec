/**
 * The search index for the command-line tools. Under the compiled launcher (scripts/cli/launch/) the prepared
 * index is kept in .cache/cli/ (V8's structured clone of what prepareIndex() returns for the JSON the browser
 * gets), with a stamp of every file under content/ (sizes, times, SHA-256) and of the build; a call then costs
 * some stat calls and one deserialize instead of reading and validating every article and preparing the index.
 * Without the launcher (tsx, tests) it is built from content/ each time, as before. Either way the documents come
 * from scripts/build/search-index.ts and the preparing from lib/classifier/search/prepare.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { adoptPreparedIndex, prepareIndex, type PreparedIndex } from '../../lib/classifier/search/prepare';
import type { SearchDoc } from '../../lib/classifier/search/search-doc';
import { checkStamp, makeStamp, readStamp, writeAtomic } from './launch/stamp.mjs';

/** The folder content/load.ts reads (it resolves content/ from the working directory too). */
export const CONTENT_FOLDER = join(process.cwd(), 'content');

function isDocs(value: unknown): value is SearchDoc[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && 'url' in d);
}

function isPrepared(value: unknown): value is PreparedIndex {
  return typeof value === 'object' && value !== null && 'docs' in value && isDocs(value.docs) && 'text' in value && 'phrases' in value;
}

function hasBuild(stamp: unknown, build: string): boolean {
  return typeof stamp === 'object' && stamp !== null && 'build' in stamp && stamp.build === build;
}

/** The documents as the browser gets them (built, serialized, parsed back). */
async function buildDocs(): Promise<SearchDoc[]> {
  const { loadSearchIndex, serializeSearchIndex } = await import('../build/search-index');
  const docs: unknown = JSON.parse(serializeSearchIndex(loadSearchIndex()));
  if (!isDocs(docs)) throw new Error('search index: unexpected format');
  return docs;
}

function cached(file: string, stampFile: string, build: string): PreparedIndex | null {
  const stamp = readStamp(stampFile);
  if (!hasBuild(stamp, build)) return null;
  const state = checkStamp(CONTENT_FOLDER, stamp);
  if (state === 'stale') return null;
  let prepared: unknown;
  try {
    prepared = deserialize(readFileSync(file));
  } catch {
    return null;
  }
  if (!isPrepared(prepared)) return null;
  if (state === 'refreshed') {
    try {
      writeAtomic(stampFile, JSON.stringify(stamp));
    } catch {
      // checked again next time
    }
  }
  return prepared;
}

function save(file: string, stampFile: string, build: string, prepared: PreparedIndex): void {
  const bytes = serialize(prepared);
  // only a copy that comes back equal (no class instances, no functions) is worth keeping
  if (!isDeepStrictEqual(deserialize(bytes), prepared)) return;
  const entries = readdirSync(CONTENT_FOLDER, { recursive: true, withFileTypes: true });
  const rel = (e: (typeof entries)[number]) => relative(CONTENT_FOLDER, join(e.parentPath, e.name)).split('\\').join('/');
  const files = entries.filter((e) => e.isFile()).map(rel);
  // every folder, content/ itself included: a new article anywhere changes a listing
  const dirs = ['.', ...entries.filter((e) => e.isDirectory()).map(rel)];
  // the index first: a reader that sees the new stamp finds the new index
  writeAtomic(file, bytes);
  writeAtomic(stampFile, JSON.stringify({ ...makeStamp(CONTENT_FOLDER, { files, dirs, outputs: [relative(CONTENT_FOLDER, file)] }), build }));
}

/** The prepared search index; search() takes it as is, and bestArticle() finds it for its docs. */
export async function loadCliSearchIndex(): Promise<PreparedIndex> {
  const build = process.env.BOUNCE_CLI_BUILD;
  const cache = process.env.BOUNCE_CLI_CACHE;
  if (!build || !cache) return prepareIndex(await buildDocs());
  const file = join(cache, 'search-index.v8');
  const stampFile = join(cache, 'search-index.stamp.json');
  const hit = cached(file, stampFile, build);
  if (hit) {
    adoptPreparedIndex(hit);
    return hit;
  }
  const prepared = prepareIndex(await buildDocs());
  try {
    save(file, stampFile, build, prepared);
  } catch {
    // a read-only checkout still answers; it builds the index again next time
  }
  return prepared;
}
