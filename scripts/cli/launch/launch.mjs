#!/usr/bin/env node
/**
 * node scripts/cli/launch/launch.mjs COMMAND [ARGS...] — runs a command-line tool (analyze, search) from its
 * compiled bundle in .cache/cli/, compiling it first when the stamp is missing or no longer matches the sources
 * (after `npm ci`, a `git pull` or an edit). Plain JavaScript, so starting costs a few stat calls, not a compiler.
 * When compiling is impossible (no esbuild), or BOUNCE_CLI_SOURCES=1, it runs the TypeScript sources with tsx.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS } from './commands.mjs';
import { runBundle } from './run-bundle.mjs';
import { checkStamp, readStamp, writeAtomic } from './stamp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CACHE = join(ROOT, '.cache', 'cli');
const NAMES = Object.keys(COMMANDS);

async function freshStamp() {
  const stamp = readStamp(join(CACHE, 'stamp.json'));
  const state = stamp && Boolean(stamp.readable) === Boolean(process.env.BOUNCE_CLI_READABLE) ? checkStamp(ROOT, stamp) : 'stale';
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
let stamp = null;
try {
  if (!process.env.BOUNCE_CLI_SOURCES) stamp = await freshStamp();
} catch (err) {
  // no esbuild (installed without dev dependencies) or a folder that cannot be written: run the sources with tsx
  if (process.env.BOUNCE_CLI_DEBUG) process.stderr.write(`launcher: cannot compile, running the sources: ${err instanceof Error ? err.message : String(err)}\n`);
}
if (stamp) {
  process.env.BOUNCE_CLI_BUILD = stamp.id;
  process.env.BOUNCE_CLI_CACHE = CACHE;
  // a command that spreads work over worker threads starts them from the same bundle (run-bundle-worker.mjs)
  process.env.BOUNCE_CLI_BUNDLE = join(ROOT, stamp.dir, `${command}.cjs`);
  process.env.BOUNCE_CLI_WORKER_RUNNER = join(ROOT, 'scripts', 'cli', 'launch', 'run-bundle-worker.mjs');
  runBundle(process.env.BOUNCE_CLI_BUNDLE, args);
} else {
  // the sources run in this thread only: no bundle for worker threads to start from, even one a parent named
  delete process.env.BOUNCE_CLI_BUNDLE;
  delete process.env.BOUNCE_CLI_WORKER_RUNNER;
  const source = join(ROOT, COMMANDS[command]);
  process.argv = [process.argv[0] ?? 'node', source, ...args];
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(pathToFileURL(source).href, import.meta.url);
}
