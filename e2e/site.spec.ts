import { test, expect } from '@playwright/test';
import { gotoReady } from './ready';

test('home offers search, the paste box and browsing', async ({ page }) => {
  await gotoReady(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'What does your bounce mean?' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Code or error message' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Bounce message' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Browse by code' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Browse by problem' })).toBeVisible();
});

test('an article answers first, then shows its sections', async ({ page }) => {
  await gotoReady(page, '/errors/user-unknown/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('User unknown in virtual alias table');
  await expect(page.getByText('Who needs to act')).toBeVisible();
  await expect(page.getByText('You, the sender')).toBeVisible();
  for (const name of ['What to do', 'Why this happens', 'Example server replies', 'Related articles', 'References']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/errors\/user-unknown\/$/);
});

test('a status-code page shows its registry facts', async ({ page }) => {
  await gotoReady(page, '/codes/5.1.1/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5.1.1');
  await expect(page.getByText('Bad destination mailbox address', { exact: true })).toBeVisible();
});

test('every heading links to itself and its link can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoReady(page, '/errors/user-unknown/');
  await page.getByRole('link', { name: 'Why this happens' }).first().click();
  await expect(page).toHaveURL(/#why-this-happens$/);
  await page.getByRole('button', { name: 'Copy link to Why this happens' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/errors\/user-unknown\/#why-this-happens$/);
});

test('unknown URLs get the 404 page', async ({ page }) => {
  const response = await page.goto('/codes/no-such-code/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('sitemap and the articles API list the articles', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/codes/5.1.1/');
  const api = await (await request.get('/api/articles.json')).json();
  const entry = api.find((a: { url: string }) => a.url === '/errors/user-unknown/');
  expect(Object.keys(entry)).toEqual(['url', 'kind', 'title', 'summary', 'replyCodes', 'statusCodes', 'reasons']);
});
