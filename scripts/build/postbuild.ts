/**
 * Runs after `next build`: checks the export is complete, writes the alias pages (scripts/build/redirects.ts), hints and
 * defers the start-up chunks (scripts/build/startup-scripts.ts), writes the service worker
 * (scripts/build/service-worker.ts), opensearch.xml, llms.txt and the articles' Markdown twins (scripts/build/agent-files.ts)
 * and every page's Content-Security-Policy (scripts/build/csp.ts), then writes .gz twins of
 * text files so the static server can send them compressed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeRedirects } from './redirects';
import { writeServiceWorker } from './service-worker';
import { applyCsp } from './csp';
import { prepareStartupScripts } from './startup-scripts';
import { writeAgentFiles } from './agent-files';

const OUT = join(process.cwd(), 'out');
const COMPRESS = /\.(html|js|css|json|xml|txt|md|svg|webmanifest)$/;

for (const required of ['index.html', '404.html', 'sitemap.xml', 'robots.txt', 'api/articles.json']) {
  if (!existsSync(join(OUT, required))) {
    console.error(`postbuild: out/${required} is missing`);
    process.exit(1);
  }
}

const redirects = writeRedirects(OUT);
console.log(`postbuild: ${redirects.moved} redirect pages, ${redirects.choice} choice pages (${redirects.skipped.length} aliases left to real pages)`);
const startup = prepareStartupScripts(OUT);
console.log(`postbuild: ${startup.chunks} start-up chunks compile-hinted, loaded after first paint on ${startup.pages} pages`);
const agent = writeAgentFiles(OUT);
console.log(`postbuild: opensearch.xml, llms.txt and ${agent.twins} Markdown twins of the articles`);
const sw = writeServiceWorker(OUT);
console.log(`postbuild: sw.js build ${sw.version}, ${sw.precache.length} files precached`);
const csp = applyCsp(OUT);
console.log(`postbuild: Content-Security-Policy on ${csp.pages} pages (${csp.hashes} distinct inline scripts hashed)`);

let files = 0;
let before = 0;
let after = 0;
const entries = readdirSync(OUT, { recursive: true, encoding: 'utf8' });
for (const rel of entries.filter((r) => r.endsWith('.gz'))) rmSync(join(OUT, rel));
for (const rel of entries) {
  const path = join(OUT, rel);
  if (!COMPRESS.test(rel) || !statSync(path).isFile()) continue;
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 });
  if (gz.length >= data.length) continue;
  writeFileSync(`${path}.gz`, gz);
  files++;
  before += data.length;
  after += gz.length;
}
writeFileSync(join(OUT, '.build-stamp'), new Date().toISOString());
console.log(`postbuild: ${files} files precompressed, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB gzip`);
