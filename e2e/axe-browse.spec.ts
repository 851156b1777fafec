import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The browse-by-problem pages and the alias pages postbuild writes. */
const PAGES = {
  'problems index': '/problems/',
  problem: '/problems/recipient-bounced/',
  'code pair choice': '/codes/550-5.1.1/',
  'moved alias (refresh held back)': '/codes/5-1-1/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`axe finds no WCAG A/AA violation on the ${kind} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      // Keep the alias page on screen long enough to check it: serve it without its zero-second refresh.
      await page.route('**/codes/5-1-1/', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
      });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}
