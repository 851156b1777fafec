/**
 * Bundles the analyzer's Web Worker (components/analyzer/analyzer.worker.ts) into one classic script,
 * public/analyzer-worker.<hash>.js, and records its path in public/analyzer-worker.json for next.config.ts and the
 * service worker. A plain, content-named file: it caches like any static asset and works offline.
 * The articles' server messages (known-table.ts) are inlined in place of lib/classifier/reasons/site-messages.ts,
 * so the worker's nearest-known-message fallback knows what the site knows without a request.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packKnown } from '../../lib/classifier/reasons/known-messages';
import { loadKnownMessages } from './known-table';

/** Replaces the empty site-messages module with the table generated from content/. */
function inlineSiteMessages(): Plugin {
  return {
    name: 'inline-site-messages',
    setup(b) {
      b.onLoad({ filter: /[\\/]lib[\\/]classifier[\\/]reasons[\\/]site-messages\.ts$/ }, () => ({
        contents: `export const SITE_MESSAGES = ${JSON.stringify(packKnown(loadKnownMessages()))};`,
        loader: 'js',
      }));
    },
  };
}

export async function buildWorker(root = process.cwd()): Promise<{ path: string; bytes: number }> {
  const result = await build({
    entryPoints: [join(root, 'components', 'analyzer', 'analyzer.worker.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    alias: { '@': root },
    plugins: [inlineSiteMessages()],
  });
  const code = result.outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const publicDir = join(root, 'public');
  for (const old of readdirSync(publicDir).filter((f) => /^analyzer-worker\.[0-9a-f]+\.js$/.test(f))) rmSync(join(publicDir, old));
  const path = `/analyzer-worker.${hash}.js`;
  writeFileSync(join(publicDir, path.slice(1)), code);
  writeFileSync(join(publicDir, 'analyzer-worker.json'), `${JSON.stringify({ path })}\n`);
  return { path, bytes: code.length };
}
