/**
 * Postbuild step for the chunks every page loads at start: puts V8's compile hint on them
 * (lib/build/compile-hint.ts) and has each page load them after its first paint (lib/build/deferred-scripts.ts).
 * Runs before the service worker hashes the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCompileHint } from '../../lib/build/compile-hint';
import { deferStartupScripts } from '../../lib/build/deferred-scripts';
import { pageScripts } from '../../lib/sw/assets';
import { htmlFiles } from './csp';

export function prepareStartupScripts(out: string): { chunks: number; pages: number } {
  const chunks = new Set<string>();
  let pages = 0;
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    for (const chunk of pageScripts(html)) chunks.add(chunk);
    const deferred = deferStartupScripts(html);
    if (deferred === html) continue;
    writeFileSync(file, deferred);
    pages++;
  }
  for (const chunk of chunks) writeFileSync(join(out, chunk), withCompileHint(readFileSync(join(out, chunk), 'utf8')));
  return { chunks: chunks.size, pages };
}
