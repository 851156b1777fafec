/**
 * What the command-line tools derive from content/ (the prepared search index, the analyzer's table of known
 * messages), cached under the compiled launcher (scripts/cli/launch/) in .cache/cli/ as V8's structured clone, with a
 * stamp of every file under content/ (sizes, times, SHA-256) and of the build; a call then costs some stat calls and
 * one deserialize instead of reading and validating every article. Without the launcher (tsx, tests) each is built
 * from content/ each time. The documents come from scripts/build/search-index.ts, the preparing from
 * lib/classifier/search/prepare.ts, the known messages from scripts/build/known-table.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_DIR } from '../../content/dir';
import type { KnownMessage } from '../../lib/classifier/reasons/known-messages';
import { adoptPreparedIndex, prepareIndex, type PreparedIndex } from '../../lib/classifier/search/prepare';
import type { SearchDoc } from '../../lib/classifier/search/search-doc';
import { checkStamp, makeStamp, readStamp, writeAtomic } from './launch/stamp.mjs';


function isDocs(value: unknown): value is SearchDoc[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && 'url' in d);
}

function isPrepared(value: unknown): value is PreparedIndex {
  return typeof value === 'object' && value !== null && 'docs' in value && isDocs(value.docs) && 'text' in value && 'phrases' in value;
}

function isKnown(value: unknown): value is KnownMessage[] {
  return Array.isArray(value) && value.every((m) => typeof m === 'object' && m !== null && 'text' in m && 'reason' in m);
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

/** content/ as a stamp saw it (its files and folders rows), once checked in this process: both caches record the same. */
const contentChecked = new Set<string>();

/** checkStamp, with the files and folders of content/ checked once per process when another cache's stamp lists the same rows. */
function checkContent(stamp: { files: unknown; dirs: unknown }): 'fresh' | 'refreshed' | 'stale' {
  const rows = JSON.stringify([stamp.files, stamp.dirs]);
  // the cache's own output still has to be the file the stamp describes
  if (contentChecked.has(rows)) return checkStamp(CONTENT_DIR, { ...stamp, files: [], dirs: [] });
  const state = checkStamp(CONTENT_DIR, stamp);
  if (state !== 'stale') contentChecked.add(JSON.stringify([stamp.files, stamp.dirs]));
  return state;
}

function cached<T>(file: string, stampFile: string, build: string, valid: (v: unknown) => v is T): T | null {
  const stamp = readStamp(stampFile);
  if (!hasBuild(stamp, build) || typeof stamp !== 'object' || stamp === null || !('files' in stamp) || !('dirs' in stamp)) return null;
  const state = checkContent(stamp);
  if (state === 'stale') return null;
  let prepared: unknown;
  try {
    prepared = deserialize(readFileSync(file));
  } catch {
    return null;
  }
  if (!valid(prepared)) return null;
  if (state === 'refreshed') {
    try {
      writeAtomic(stampFile, JSON.stringify(stamp));
    } catch {
      // checked again next time
    }
  }
  return prepared;
}

function save(file: string, stampFile: string, build: string, prepared: unknown): void {
  const bytes = serialize(prepared);
  // only a copy that comes back equal (no class instances, no functions) is worth keeping
  if (!isDeepStrictEqual(deserialize(bytes), prepared)) return;
  const entries = readdirSync(CONTENT_DIR, { recursive: true, withFileTypes: true });
  const rel = (e: (typeof entries)[number]) => relative(CONTENT_DIR, join(e.parentPath, e.name)).split('\\').join('/');
  const files = entries.filter((e) => e.isFile()).map(rel);
  // every folder, content/ itself included: a new article anywhere changes a listing
  const dirs = ['.', ...entries.filter((e) => e.isDirectory()).map(rel)];
  // the index first: a reader that sees the new stamp finds the new index
  writeAtomic(file, bytes);
  writeAtomic(stampFile, JSON.stringify({ ...makeStamp(CONTENT_DIR, { files, dirs, outputs: [relative(CONTENT_DIR, file)] }), build }));
}

/** A value derived from content/, from the cache when its stamp still holds, else made and cached. */
async function fromContent<T>(name: string, make: () => Promise<T>, valid: (v: unknown) => v is T): Promise<{ value: T; hit: boolean }> {
  const build = process.env.BOUNCE_CLI_BUILD;
  const cache = process.env.BOUNCE_CLI_CACHE;
  if (!build || !cache) return { value: await make(), hit: false };
  const file = join(cache, `${name}.v8`);
  const stampFile = join(cache, `${name}.stamp.json`);
  const hit = cached(file, stampFile, build, valid);
  if (hit) return { value: hit, hit: true };
  const value = await make();
  try {
    save(file, stampFile, build, value);
  } catch {
    // a read-only checkout still answers; it makes the value again next time
  }
  return { value, hit: false };
}

/** The prepared search index; search() takes it as is, and bestArticle() finds it for its docs. */
export async function loadCliSearchIndex(): Promise<PreparedIndex> {
  const { value, hit } = await fromContent('search-index', async () => prepareIndex(await buildDocs()), isPrepared);
  if (hit) adoptPreparedIndex(value);
  return value;
}

/** The analyzer's known messages from the articles (AnalyzeOptions.knownMessages). */
export async function loadCliKnownMessages(): Promise<KnownMessage[]> {
  const make = async () => (await import('../build/known-table')).loadKnownMessages();
  return (await fromContent('known-messages', make, isKnown)).value;
}
