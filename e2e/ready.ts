import type { Page } from '@playwright/test';

/**
 * Opens a page and waits until React has hydrated it (components/site/ReadyMark.tsx). The framework's scripts load
 * after the first paint, so a button pressed at once may not answer yet, as for a very quick person.
 */
export async function gotoReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}
