/**
 * Postbuild step: writes the alias pages of lib/redirects (`/codes/5-1-1/`, `/codes/550-5.1.1/`…) into out/ as
 * static HTML. A path that already holds a page is never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { host } from '../../host.config';
import { redirectPages } from '../../lib/redirects/map';
import { ALIAS_MARK, redirectHtml } from '../../lib/redirects/html';
import { loadArticles } from '../../content/load';

export function writeRedirects(out: string): { moved: number; choice: number; skipped: string[] } {
  const site = { siteName: host.siteName, siteUrl: host.siteUrl, stylesheet: '/redirect.css' };
  const skipped: string[] = [];
  const counts = { moved: 0, choice: 0, skipped };
  for (const page of redirectPages(loadArticles())) {
    const dir = join(out, page.path);
    const file = join(dir, 'index.html');
    const taken = (existsSync(file) && !readFileSync(file, 'utf8').includes(ALIAS_MARK)) || existsSync(join(out, `${page.path.replace(/\/$/, '')}.html`));
    if (taken) {
      skipped.push(page.path);
      continue;
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, redirectHtml(site, page));
    counts[page.kind]++;
  }
  return counts;
}
