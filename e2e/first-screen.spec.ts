import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gotoReady } from './ready';

/**
 * On a 390 px wide phone, every article's first numbered step starts inside the first 900 px of the page (issue 11,
 * item 6), and shows no message placeholder as raw braces (item 4). All articles from out/api/articles.json are checked in one browser page, navigating in a loop: the
 * layout is static HTML and CSS, so the page's `load` is enough and 337 pages take well under a minute. A sample of
 * every kind and every layout variant (provider meaning, many codes, host page, guide) is checked again after the
 * scripts have run, in light and dark, to prove hydration moves nothing.
 */
const LIMIT = 900;
const LINE = 24;
/** A message placeholder shown as typed ({ip}) instead of as a labelled token. */
const RAW_PLACEHOLDER = /\{(?:ip|domain|address|number|id|text)\}/;
/** Success and continuation replies (2xx, 3xx) need no steps. */
const SUCCESS = /^\/codes\/[23]\d\d\/$/;
const articles: { url: string; kind: string }[] = JSON.parse(readFileSync(join(process.cwd(), 'out', 'api', 'articles.json'), 'utf8'));

/**
 * Top of the first numbered step after "What to do", in page px. Guides have no "What to do": they open with a
 * short answer section ("The short version", "Before you start"), so for them it is that first section's heading.
 */
async function firstStepTop(page: Page, kind: string): Promise<number | null> {
  const target = kind === 'guide'
    ? page.locator('.article-body h2').first()
    : page.getByRole('heading', { level: 2, name: 'What to do' }).locator('xpath=following-sibling::ol[1]/li[1]');
  if ((await target.count()) === 0) return null;
  return target.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

test.use({ viewport: { width: 390, height: 844 } });

test('every article shows its first numbered step in the first 900 px on a phone, and no raw placeholder', async ({ page }) => {
  test.setTimeout(240_000);
  const late: string[] = [];
  for (const a of articles) {
    await page.goto(a.url, { waitUntil: 'load' });
    const top = await firstStepTop(page, a.kind);
    const braces = await page.locator('main').innerText().then((t) => RAW_PLACEHOLDER.exec(t)?.[0]);
    if (braces) late.push(`${a.url}: shows the raw placeholder ${braces}`);
    if (top === null) {
      if (!SUCCESS.test(a.url)) late.push(`${a.url}: no numbered step`);
    } else if (top + LINE > LIMIT) late.push(`${a.url}: first step at ${Math.round(top)} px`);
  }
  expect(late, `articles whose first step starts below ${LIMIT} px or that show raw placeholders`).toEqual([]);
});

const SAMPLE: [string, string][] = [
  ['/codes/550/', 'reply-code'], ['/codes/5.1.1/', 'status-code'], ['/codes/5.7.27/', 'status-code'], ['/codes/4.7.8/', 'status-code'],
  ['/errors/user-unknown/', 'error'], ['/errors/gmail-bulk-sender-requirements/', 'error'], ['/errors/microsoft-banned-sending-ip/', 'error'],
  ['/guides/read-a-bounce/', 'guide'],
];

for (const scheme of ['light', 'dark'] as const) {
  test(`after the scripts run (${scheme}), the first step still leads and the registry facts follow it`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [url, kind] of SAMPLE) {
      await gotoReady(page, url);
      const top = await firstStepTop(page, kind);
      expect(top, url).not.toBeNull();
      expect((top ?? LIMIT) + LINE, url).toBeLessThanOrEqual(LIMIT);
      const facts = page.getByRole('region', { name: 'Code facts' });
      if ((await facts.count()) > 0) {
        const factsTop = await facts.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        expect(factsTop, `${url}: facts after the first step`).toBeGreaterThan(top ?? 0);
      }
    }
  });
}
