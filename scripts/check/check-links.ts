/**
 * No broken internal links in the export: every href or src starting with "/" in every out/**\/*.html resolves to
 * a file in out/ (index.html for folders), and every #fragment into the same page names an id on it. Exits 1 and
 * lists the problems otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../../lib/links/check';

const OUT = join(process.cwd(), 'out');
if (!existsSync(join(OUT, 'index.html'))) {
  console.error('check-links: no build in out/; run `npm run build` first');
  process.exit(1);
}

const exists = (rel: string) => {
  const path = join(OUT, rel);
  return existsSync(path) && statSync(path).isFile();
};
const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const problems = pages.flatMap((file) => checkPage(readFileSync(join(OUT, file), 'utf8'), file.split('\\').join('/'), exists));
if (problems.length > 0) {
  console.error(`check-links: ${problems.length} broken internal links:\n${problems.slice(0, 200).join('\n')}`);
  process.exit(1);
}
console.log(`check-links: ${pages.length} pages, no broken internal link`);
