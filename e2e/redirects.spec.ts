import { test, expect } from '@playwright/test';

test.describe('guessed spellings of code URLs reach the article', () => {
  for (const [from, to] of [
    ['/codes/5-1-1/', '/codes/5.1.1/'],
    ['/codes/5_1_1/', '/codes/5.1.1/'],
    ['/codes/554-5.7.1/', null],
  ] as const) {
    test(`${from} forwards${to ? ` to ${to}` : ''}`, async ({ page, request }) => {
      const html = await (await request.get(from)).text();
      expect(html).toContain('<meta name="robots" content="noindex">');
      if (to) {
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
        await page.goto(from);
        await expect(page).toHaveURL(new RegExp(`${to.replace(/\./g, '\\.')}$`));
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${to.replace(/\./g, '\\.')}$`));
      }
    });
  }

  test('a pair several articles list gets a page that lists them', async ({ page }) => {
    await page.goto('/codes/550-5-1-1/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('550 5.1.1');
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    await expect(page.getByRole('link', { name: /User unknown in virtual alias table/ })).toHaveAttribute('href', '/errors/user-unknown/');
  });

  test('alias pages stay out of the sitemap', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).not.toMatch(/5-1-1|5_1_1|550-5/);
    expect(sitemap).toContain('/problems/recipient-bounced/');
  });
});

test('browse by problem: the home page links a problem page that lists its articles', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('region', { name: 'Browse by problem' }).getByRole('link', { name: 'Mail to a recipient bounced' }).click();
  await expect(page).toHaveURL(/\/problems\/recipient-bounced\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mail to a recipient bounced' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Problems' })).toHaveAttribute('href', '/problems/');
  await expect(page.getByRole('link', { name: /User unknown in virtual alias table/ })).toHaveAttribute('href', '/errors/user-unknown/');
  await page.goto('/problems/');
  await expect(page.getByRole('link', { name: 'Size and sending limits' })).toHaveAttribute('href', '/problems/size-and-limits/');
});
