/**
 * Prints the gzip size of the JavaScript each page kind loads from the built export, split into the framework's
 * shared chunks (loaded by every page) and the page kind's own code. `--check` fails when a budget is exceeded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = join(process.cwd(), 'out');
const PAGES: Record<string, string> = {
  home: '/',
  'reply code': '/codes/550/',
  'status code': '/codes/5.1.1/',
  'error message': '/errors/user-unknown/',
  guide: '/guides/read-a-bounce/',
  'codes index': '/codes/',
  analyzer: '/analyze/',
  search: '/search/',
};
/** Own JavaScript budgets in KiB gzip, per page kind (beyond the shared framework chunks). */
const BUDGETS: Record<string, number> = { 'reply code': 20, 'status code': 20, 'error message': 20, guide: 20 };

if (!existsSync(join(OUT, 'index.html'))) {
  console.error('size: no build in out/; run `npm run build` first');
  process.exit(1);
}

const gz = new Map<string, number>();
function gzipKiB(src: string): number {
  if (!gz.has(src)) gz.set(src, gzipSync(readFileSync(join(OUT, src.split('?')[0] ?? src))).length / 1024);
  return gz.get(src) ?? 0;
}

function scriptsOf(path: string): string[] {
  const html = readFileSync(join(OUT, path, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? ''))];
}

const pages = Object.entries(PAGES).filter(([, p]) => existsSync(join(OUT, p, 'index.html')));
const lists = new Map(pages.map(([kind, p]) => [kind, scriptsOf(p)]));
const shared = [...(lists.values().next().value ?? [])].filter((s) => [...lists.values()].every((l) => l.includes(s)));
const sharedKiB = shared.reduce((n, s) => n + gzipKiB(s), 0);

console.log(`Framework and site-wide shared chunks: ${shared.length} files, ${sharedKiB.toFixed(1)} KiB gzip\n`);
console.log('page kind         own JS (KiB gzip)   total with shared');
let failed = false;
for (const [kind, list] of lists) {
  const own = list.filter((s) => !shared.includes(s)).reduce((n, s) => n + gzipKiB(s), 0);
  const budget = BUDGETS[kind];
  const over = budget !== undefined && own > budget;
  failed ||= over;
  console.log(`${kind.padEnd(18)}${own.toFixed(1).padStart(8)}${budget ? ` (≤ ${budget})` : ''}${over ? ' OVER' : ''}`.padEnd(38) + `${(own + sharedKiB).toFixed(1).padStart(8)}`);
}
if (process.argv.includes('--check') && failed) {
  console.error('\nsize: a page kind is over its JavaScript budget');
  process.exit(1);
}
