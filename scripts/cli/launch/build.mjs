/**
 * Compiles the command-line tools with esbuild into one folder per build under .cache/cli/ (git-ignored) and
 * writes the stamp that says what they were built from. Run by the launcher when the stamp is missing or stale,
 * so a fresh `npm ci` or a `git pull` needs no separate build step.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { COMMANDS } from './commands.mjs';
import { makeStamp, writeAtomic } from './stamp.mjs';


/** Files outside the import graph that still change what gets built. */
const ALWAYS = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/cli/launch/build.mjs', 'scripts/cli/launch/commands.mjs', 'scripts/cli/launch/stamp.mjs'];

/**
 * Builds every command; returns the stamp (with `dir`, the build's folder relative to root).
 * @param {string} root repository root
 * @param {string} cache the .cache/cli folder
 */
export async function buildCommands(root, cache) {
  const readable = Boolean(process.env.BOUNCE_CLI_READABLE);
  mkdirSync(cache, { recursive: true });
  const work = join(cache, `build-${process.pid}-${Date.now()}`);
  const result = await build({
    absWorkingDir: root,
    entryPoints: COMMANDS,
    outdir: work,
    bundle: true,
    // CommonJS so the launcher can compile each bundle with V8's code cache (node:vm); ES modules cannot use it in Node 20
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    // BOUNCE_CLI_READABLE=1 keeps names (for profiling with node --cpu-prof); the stamp records it
    minify: !readable,
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes(':'));
  const partial = makeStamp(root, { files: [...inputs, ...ALWAYS.filter((f) => inputs.indexOf(f) < 0)], outputs: [] });
  const dir = join(cache, readable ? `${partial.id}-readable` : partial.id);
  try {
    renameSync(work, dir);
  } catch {
    // another process built the same sources at the same time: use its folder
    rmSync(work, { recursive: true, force: true });
  }
  const outputs = readdirSync(dir).map((f) => relative(root, join(dir, f)).split('\\').join('/'));
  const stamp = { ...makeStamp(root, { files: partial.files.map((r) => r[0]), outputs }), dir: relative(root, dir).split('\\').join('/'), readable };
  writeAtomic(join(cache, 'stamp.json'), JSON.stringify(stamp));
  prune(cache, relative(cache, dir));
  return stamp;
}

/**
 * Drops old builds, keeping the new one and the newest before it (a command started earlier may still load a
 * chunk from it), and work folders a crashed build left behind an hour ago.
 * @param {string} cache
 * @param {string} keep
 */
function prune(cache, keep) {
  const dirs = readdirSync(cache, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== keep)
    .map((e) => ({ name: e.name, time: statSync(join(cache, e.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  const builds = dirs.filter((d) => !d.name.startsWith('build-'));
  const abandoned = dirs.filter((d) => d.name.startsWith('build-') && d.time < Date.now() - 3600_000);
  for (const d of [...builds.slice(1), ...abandoned]) rmSync(join(cache, d.name), { recursive: true, force: true });
}
