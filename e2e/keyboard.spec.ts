import { test, expect } from '@playwright/test';
import { gotoReady } from './ready';

test('a keyboard user can skip to content and reach every link and button', async ({ page }) => {
  await gotoReady(page, '/errors/user-unknown/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  const interactive = await page.locator('a[href]:visible, button:visible, input:visible, textarea:visible, [tabindex="0"]:visible').count();
  const reached = new Set<string>();
  for (let i = 0; i < interactive + 10; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const all = Array.from(document.querySelectorAll('*'));
      return `${el.tagName}:${all.indexOf(el)}`;
    });
    if (id) reached.add(id);
  }
  expect(reached.size).toBeGreaterThanOrEqual(interactive - 1);
});

test('focus is visible on interactive elements', async ({ page }) => {
  await gotoReady(page, '/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'));
  expect(outline).not.toBe('none');
});
