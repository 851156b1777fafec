import { test, expect } from '@playwright/test';

test('every page links the OpenSearch description, which searches the search page', async ({ page, request }) => {
  for (const path of ['/', '/codes/5.1.1/', '/errors/user-unknown/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('head link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
  }
  const res = await request.get('/opensearch.xml');
  expect(res.ok()).toBe(true);
  const xml = await res.text();
  const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)?.[1] ?? '';
  expect(template).toMatch(/\/search\/\?q=\{searchTerms\}$/);
  await page.goto(new URL(template.replace('{searchTerms}', encodeURIComponent('relay access denied'))).pathname + '?q=relay%20access%20denied');
  await expect(page.getByRole('link', { name: /Relay access denied/i }).first()).toBeVisible();
});

test('llms.txt lists a Markdown twin of every article, each with its canonical URL', async ({ request }) => {
  const txt = await (await request.get('/llms.txt')).text();
  const twins = [...txt.matchAll(/\]\(https?:\/\/[^/)]+(\/[^)]+\/index\.md)\)/g)].map((m) => m[1] ?? '');
  const articles: unknown = await (await request.get('/api/articles.json')).json();
  expect(Array.isArray(articles)).toBe(true);
  expect(twins.length).toBe(Array.isArray(articles) ? articles.length : -1);
  for (const path of twins.filter((_, i) => i % 15 === 0).concat('/codes/5.1.1/index.md')) {
    const res = await request.get(path);
    expect(res.ok(), path).toBe(true);
    const md = await res.text();
    expect(md, path).toContain(`Canonical URL: `);
    expect(md, path).toContain(path.replace(/index\.md$/, ''));
    expect(md, path).not.toMatch(/<Host |\{\{\w+\}\}/);
  }
});
