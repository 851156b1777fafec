/**
 * What a compiled command was built from, and a cheap check that it still matches: every input file's size,
 * modification time and SHA-256, and every input folder's listing (a new file there could change what an import
 * resolves to). A file whose time changed but whose bytes did not (a checkout, `npm ci`) is fine; the stamp is
 * then refreshed so the next check is stat calls only. Plain JavaScript: it runs before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP_VERSION = 1;

/** @param {string | Uint8Array} data */
export function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/** @param {string} dir */
function listing(dir) {
  return sha256(readdirSync(dir).sort().join('\n'));
}

/**
 * The stamp of a build: `files`, `dirs` and `outputs` (the compiled files) relative to `root`. `dirs` defaults
 * to the folders of the files, the root left out (build output and test reports come and go there all the time).
 * @param {string} root
 * @param {{ files: string[]; outputs: string[]; dirs?: string[] }} what
 */
export function makeStamp(root, { files, outputs, dirs: given }) {
  const uniqueFiles = [...new Set(files)].sort();
  const fileRows = uniqueFiles.map((f) => {
    const st = statSync(join(root, f));
    return [f, st.size, st.mtimeMs, sha256(readFileSync(join(root, f)))];
  });
  const dirs = given ? [...new Set(given)].sort() : [...new Set(uniqueFiles.map((f) => f.split('/').slice(0, -1).join('/')))].filter(Boolean).sort();
  const dirRows = dirs.map((d) => [d, statSync(join(root, d)).mtimeMs, listing(join(root, d))]);
  const outputRows = outputs.map((f) => {
    const st = statSync(join(root, f));
    return [f, st.size, st.mtimeMs];
  });
  const id = sha256(fileRows.map((r) => `${r[0]} ${r[3]}`).join('\n')).slice(0, 16);
  return { version: STAMP_VERSION, id, files: fileRows, dirs: dirRows, outputs: outputRows };
}

/**
 * Whether the stamp still describes the sources under `root`: 'fresh', 'refreshed' (same bytes, new times: the
 * stamp object was updated in place and should be written back) or 'stale'.
 * @param {string} root
 * @param {any} stamp
 * @returns {'fresh' | 'refreshed' | 'stale'}
 */
export function checkStamp(root, stamp) {
  if (!stamp || stamp.version !== STAMP_VERSION || !Array.isArray(stamp.files) || !Array.isArray(stamp.dirs) || !Array.isArray(stamp.outputs)) return 'stale';
  let refreshed = false;
  for (const row of stamp.outputs) {
    const st = statSync(join(root, row[0]), { throwIfNoEntry: false });
    if (!st || st.size !== row[1] || st.mtimeMs !== row[2]) return 'stale';
  }
  for (const row of stamp.files) {
    const st = statSync(join(root, row[0]), { throwIfNoEntry: false });
    if (!st || st.size !== row[1]) return 'stale';
    if (st.mtimeMs === row[2]) continue;
    if (sha256(readFileSync(join(root, row[0]))) !== row[3]) return 'stale';
    row[2] = st.mtimeMs;
    refreshed = true;
  }
  for (const row of stamp.dirs) {
    const st = statSync(join(root, row[0]), { throwIfNoEntry: false });
    if (!st) return 'stale';
    if (st.mtimeMs === row[1]) continue;
    if (listing(join(root, row[0])) !== row[2]) return 'stale';
    row[1] = st.mtimeMs;
    refreshed = true;
  }
  return refreshed ? 'refreshed' : 'fresh';
}

/** Reads a stamp file; null when it is missing or unreadable. @param {string} file */
export function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Writes a file so a concurrent reader sees the old or the new content, never half. @param {string} file @param {string} text */
export function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
