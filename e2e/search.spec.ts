import { test, expect } from '@playwright/test';
import { gotoReady } from './ready';

test('results update per keystroke and the keyboard opens one', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('search-index')) indexRequests.push(r.url()); });
  await gotoReady(page, '/');
  const box = page.getByRole('combobox', { name: 'Search codes and messages' });
  await box.click();
  await box.pressSequentially('relay acc');
  const list = page.getByRole('listbox', { name: 'Search results' });
  await expect(list.getByRole('option').first()).toContainText(/Relay access denied/i);
  await box.pressSequentially('ess denied');
  await expect(list.getByRole('option').first()).toContainText(/Relay access denied/i);
  await box.press('ArrowDown');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/errors\/relay-access-denied\/$/);
  expect(indexRequests.length).toBeLessThanOrEqual(1);
});

test('"/" focuses the search box and Enter on an exact code opens its page', async ({ page }) => {
  await gotoReady(page, '/errors/user-unknown/');
  await page.locator('body').press('/');
  const box = page.getByRole('combobox', { name: 'Search codes and messages' });
  await expect(box).toBeFocused();
  await box.fill('5.7.1');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/5\.7\.1\/$/);
});

test('the results page is shareable and survives reload', async ({ page }) => {
  await gotoReady(page, '/search/?q=mailbx%20full');
  await expect(page.getByRole('link', { name: /quota|full/i }).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Code or words of the error' }).fill('spamhaus');
  await expect(page).toHaveURL(/q=spamhaus/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Code or words of the error' })).toHaveValue('spamhaus');
  await expect(page.getByRole('link', { name: /spamhaus/i }).first()).toBeVisible();
});

test('a query with no match offers the analyzer and support', async ({ page }) => {
  await gotoReady(page, '/');
  const box = page.getByRole('combobox', { name: 'Search codes and messages' });
  await box.fill('qqqqzzzz wwwxxx');
  await expect(page.getByRole('status').filter({ hasText: 'No article matches' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Paste the whole bounce into the analyzer' })).toBeVisible();
});
