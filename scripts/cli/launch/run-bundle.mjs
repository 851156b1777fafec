/**
 * Runs a CommonJS bundle through node:vm with V8's code cache: the first successful run saves the compiled code
 * (functions compiled while it ran included) next to the bundle, later runs skip most parsing and compiling.
 * A cache V8 rejects (another Node version) is simply written again.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { writeAtomic } from './stamp.mjs';

/** @param {string} file the bundle @param {string[]} args its command-line arguments */
export function runBundle(file, args) {
  const cacheFile = `${file}.v8-cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    process.once('exit', (code) => {
      if (code !== 0) return;
      try {
        writeAtomic(cacheFile, script.createCachedData());
      } catch {
        // a read-only checkout runs without the cache
      }
    });
  }
  const loaded = { exports: {} };
  process.argv = [process.argv[0] ?? 'node', file, ...args];
  script.runInThisContext()(loaded.exports, createRequire(file), loaded, file, dirname(file));
}
