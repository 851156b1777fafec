#!/usr/bin/env node
/**
 * node scripts/cli/launch/launch.mjs COMMAND [ARGS...] — runs a command-line tool (analyze, search) from its
 * compiled bundle in .cache/cli/, compiling it first when the stamp is missing or no longer matches the sources
 * (after `npm ci`, a `git pull` or an edit). Plain JavaScript, so starting costs a few stat calls, not a compiler.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.mjs';
import { checkStamp, readStamp, writeAtomic } from './stamp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CACHE = join(ROOT, '.cache', 'cli');
const NAMES = ['analyze', 'search'];

async function freshStamp() {
  const stamp = readStamp(join(CACHE, 'stamp.json'));
  const state = checkStamp(ROOT, stamp);
  if (state === 'fresh') return stamp;
  if (state === 'refreshed') {
    try {
      writeAtomic(join(CACHE, 'stamp.json'), JSON.stringify(stamp));
    } catch {
      // a read-only checkout still runs; it checks the bytes again next time
    }
    return stamp;
  }
  const { buildCommands } = await import('./build.mjs');
  return buildCommands(ROOT, CACHE);
}

const [command, ...args] = process.argv.slice(2);
if (!command || !NAMES.includes(command)) {
  process.stderr.write(`usage: node scripts/cli/launch/launch.mjs ${NAMES.join('|')} [ARGS...]\n`);
  process.exit(2);
}
const stamp = await freshStamp();
process.env.BOUNCE_CLI_BUILD = stamp.id;
process.env.BOUNCE_CLI_CACHE = CACHE;
runBundle(join(ROOT, stamp.dir, `${command}.cjs`), args);
