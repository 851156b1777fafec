import { test, expect } from '@playwright/test';
import { gotoReady } from './ready';

test('pages already visited, search and the analyzer work with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
  await page.goto('/errors/user-unknown/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('User unknown');

  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('User unknown');

  await gotoReady(page, '/analyze/');
  await expect(page.getByRole('heading', { level: 1, name: 'Analyze a bounce' })).toBeVisible();
  const bounce = page.getByRole('textbox', { name: 'Bounce message' });
  await bounce.fill('550 5.1.1 <anna@example.com>: Recipient address rejected: User unknown');
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('anna@example.com');

  await gotoReady(page, '/search/?q=550');
  await expect(page.getByText(/results? for “550”/)).toBeVisible();
  await expect(page.getByRole('link', { name: /550/ }).first()).toBeVisible();

  // The header search box loads its engine and index from the cache too.
  await page.getByRole('combobox', { name: 'Search codes and messages' }).fill('5.1.1');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();

  // A page never visited cannot come from the cache: the visitor gets a short offline message, not an error.
  await page.goto('/guides/mail-client-settings/');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'search' })).toHaveAttribute('href', '/search/');
});
