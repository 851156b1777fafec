import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES = {
  home: '/',
  'reply code': '/codes/550/',
  'status code': '/codes/5.1.1/',
  'host error': '/errors/user-unknown/',
  guide: '/guides/read-a-bounce/',
  'codes index': '/codes/',
  analyzer: '/analyze/',
  search: '/search/?q=550',
  'not found': '/no-such-page/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`axe finds no WCAG A/AA violation on the ${kind} page (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}
