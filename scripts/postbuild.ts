/**
 * Runs after `next build`: checks the export is complete, and writes .gz twins of text files so the static server
 * can send them compressed.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = join(process.cwd(), 'out');
const COMPRESS = /\.(html|js|css|json|xml|txt|svg|webmanifest)$/;

for (const required of ['index.html', '404.html', 'sitemap.xml', 'robots.txt', 'api/articles.json']) {
  if (!existsSync(join(OUT, required))) {
    console.error(`postbuild: out/${required} is missing`);
    process.exit(1);
  }
}

let files = 0;
let before = 0;
let after = 0;
for (const rel of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
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
