/** Every real article's Markdown twin and the llms.txt list, from content/ (no build needed). */
import { describe, expect, it } from 'vitest';
import { host } from '../../host.config';
import { hostValues } from '../../lib/host/values';
import { articleMarkdown, llmsTxt, twinPath } from '../../lib/publish/markdown-twin';
import { loadArticles } from '../../content/load';
import { SITE_DESCRIPTION } from './agent-files';

const articles = loadArticles();
const values = hostValues(host);

describe('Markdown twins of the real articles', () => {
  it('each carries its canonical URL, and no MDX or host placeholder is left', () => {
    const bad = articles.flatMap((a) => {
      const md = articleMarkdown(a, values, host.siteUrl);
      const problems = [
        md.includes(`Canonical URL: ${host.siteUrl}${a.url}\n`) ? '' : 'no canonical URL',
        /<Host\b|<Callout\b|<\/Callout>|\{\{\s*\w+\s*\}\}/.test(md) ? 'MDX or a host placeholder left' : '',
      ].filter(Boolean);
      return problems.length ? [`${a.file}: ${problems.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('llms.txt lists every article once, by its twin', () => {
    const txt = llmsTxt({ siteName: host.siteName, siteUrl: host.siteUrl, description: SITE_DESCRIPTION }, articles);
    for (const a of articles) expect(txt.split(`](${host.siteUrl}${twinPath(a.url)})`).length - 1, a.url).toBe(1);
  });
});
