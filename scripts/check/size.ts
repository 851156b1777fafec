/**
 * Prints the gzip size of the JavaScript each page kind loads from the built export, split into the framework's
 * shared chunks (loaded by every page) and the page kind's own code. `--check` fails when a budget is exceeded.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, pageScripts } from '../../lib/sw/assets';

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

/** The chunks a page runs at start; noModule polyfills are left out (current browsers neither fetch nor run them). */
const scriptsOf = (path: string) => pageScripts(readFileSync(join(OUT, path, 'index.html'), 'utf8'));

const pages = Object.entries(PAGES).filter(([, p]) => existsSync(join(OUT, p, 'index.html')));
const lists = new Map(pages.map(([kind, p]) => [kind, scriptsOf(p)]));
const shared = [...(lists.values().next().value ?? [])].filter((s) => [...lists.values()].every((l) => l.includes(s)));
const sharedKiB = shared.reduce((n, s) => n + gzipKiB(s), 0);

console.log(`Framework and site-wide shared chunks: ${shared.length} files, ${sharedKiB.toFixed(1)} KiB gzip`);
const styles = pageAssets(readFileSync(join(OUT, 'index.html'), 'utf8')).filter((p) => p.endsWith('.css'));
const cssBytes = styles.reduce((n, p) => n + readFileSync(join(OUT, p)).length, 0);
console.log(`Site stylesheet: ${(cssBytes / 1024).toFixed(1)} KiB, ${styles.reduce((n, p) => n + gzipKiB(p), 0).toFixed(1)} KiB gzip\n`);
console.log('page kind         own JS (KiB gzip)   total with shared');
let failed = false;
for (const [kind, list] of lists) {
  const own = list.filter((s) => !shared.includes(s)).reduce((n, s) => n + gzipKiB(s), 0);
  const budget = BUDGETS[kind];
  const over = budget !== undefined && own > budget;
  failed ||= over;
  console.log(`${kind.padEnd(18)}${own.toFixed(1).padStart(8)}${budget ? ` (≤ ${budget})` : ''}${over ? ' OVER' : ''}`.padEnd(38) + `${(own + sharedKiB).toFixed(1).padStart(8)}`);
}
// Lazily loaded pieces, found by text they contain: the search box's own code in the shared chunks, the search
// engine loaded on first focus, and the analyzer (its launcher plus the Web Worker's chunks) loaded on first analysis.
const chunkDir = join(OUT, '_next', 'static', 'chunks');
const allChunks = readdirSync(chunkDir).filter((f) => f.endsWith('.js')).map((f) => `/_next/static/chunks/${f}`);
const containing = (text: string) => allChunks.filter((c) => readFileSync(join(OUT, c), 'utf8').includes(text));
const kib = (list: string[]) => list.reduce((n, c) => n + gzipKiB(c), 0);
const searchBox = kib(shared.filter((c) => readFileSync(join(OUT, c), 'utf8').includes('Search codes and messages')));
const engine = kib(containing('search index: unexpected format'));
const launcher = containing('The analysis took too long');
const workerFile = readdirSync(OUT).find((f) => /^analyzer-worker\.[0-9a-f]+\.js$/.test(f));
const analyzer = kib(launcher) + (workerFile ? gzipSync(readFileSync(join(OUT, workerFile))).length / 1024 : 0);
const index = gzipSync(readFileSync(join(OUT, 'search-index.json'))).length / 1024;
/**
 * Budgets in KiB gzip. The analyzer's is 72: postal-mime with its HTML entity table (about 25 KiB, needed for
 * localized HTML-only reports), the reason rules with their localized rows and the report-language tables (about
 * 14 KiB), and the known-message table from the articles; it loads in a Web Worker only when an analysis starts.
 */
const LAZY = [
  ['search box, initial (in every page)', searchBox, 15],
  ['search engine, on first focus', engine, undefined],
  ['search index JSON, on first focus', index, 100],
  ['analyzer, when an analysis starts', analyzer, 72],
] as const;
console.log('\nloaded on demand    KiB gzip');
for (const [name, size, budget] of LAZY) {
  const over = budget !== undefined && size >= budget;
  failed ||= over;
  console.log(`${name.padEnd(38)}${size.toFixed(1).padStart(7)}${budget ? ` (< ${budget})` : ''}${over ? ' OVER' : ''}`);
}

if (process.argv.includes('--check') && failed) {
  console.error('\nsize: a page kind is over its JavaScript budget');
  process.exit(1);
}
