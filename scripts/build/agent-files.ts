/**
 * Postbuild step: the files tools read beside the pages. out/opensearch.xml (the browser's site search),
 * out/llms.txt and a Markdown twin of every article (out/codes/5.1.1/index.md), from content/ and host.config.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { host } from '../../host.config';
import { hostValues } from '../../lib/host/values';
import { articleMarkdown, llmsTxt, twinPath } from '../../lib/publish/markdown-twin';
import { openSearchXml } from '../../lib/publish/opensearch';
import { loadArticles } from '../../content/load';

export const SITE_DESCRIPTION = `What an email bounce means, who has to act and what to do: every SMTP code and every ${host.hostName} server message.`;

export function writeAgentFiles(out: string): { twins: number } {
  const articles = loadArticles();
  const site = { siteName: host.siteName, siteUrl: host.siteUrl, description: SITE_DESCRIPTION };
  writeFileSync(join(out, 'opensearch.xml'), openSearchXml(site));
  writeFileSync(join(out, 'llms.txt'), llmsTxt(site, articles));
  const values = hostValues(host);
  for (const a of articles) {
    const path = join(out, twinPath(a.url));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, articleMarkdown(a, values, host.siteUrl));
  }
  return { twins: articles.length };
}
