import { test, expect, type Page } from '@playwright/test';

/** One page of each kind, plus an alias page that forwards to its article. */
const PAGES = {
  home: '/',
  'reply code': '/codes/550/',
  'status code': '/codes/5.1.1/',
  'error message': '/errors/user-unknown/',
  guide: '/guides/read-a-bounce/',
  analyzer: '/analyze/',
  search: '/search/?q=550',
  problem: '/problems/recipient-bounced/',
  'redirect (5-1-1)': '/codes/5-1-1/',
};

/** Collects CSP violation events (from any document the page loads) and CSP errors on the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report: unknown = Reflect.get(window, 'reportCspViolation');
      if (typeof report === 'function') report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`the ${kind} page runs under its CSP without a violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(path);
    await page.waitForLoadState('load');
    expect.soft(violations, 'violations while loading').toEqual([]);
    if (path === '/codes/5-1-1/') await expect(page).toHaveURL(/\/codes\/5\.1\.1\/$/);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^\s*script-src 'self'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);

    // React has hydrated: the header search box answers as you type.
    const box = page.getByRole('combobox', { name: 'Search codes and messages' });
    await box.fill('550');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    if (path.startsWith('/search/')) await expect(page.getByRole('link', { name: /550/ }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('a choice page for a code pair several articles list runs without a violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/codes/550-5.1.1/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('550 5.1.1');
  await page.getByRole('link', { name: /User unknown/i }).first().click();
  await expect(page).toHaveURL(/\/errors\/|\/codes\//);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
