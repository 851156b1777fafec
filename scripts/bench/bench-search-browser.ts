/**
 * npm run bench:search:browser — keystroke to rendered results in Chromium, over the built site in out/.
 *
 * Serves out/ with http-server on a free loopback port, opens /, focuses the header combobox (the index loads on
 * that first focus: the idle-time preload is switched off for the measurement), and reports:
 * - load + prepare: first focus → first results rendered for "550" entered at once (fetch, JSON.parse,
 *   prepareIndex, the first search and its render), with the index fetch's own time beside it;
 * - per keystroke: keydown → the listbox DOM updated (a MutationObserver on the dropdown), and → the next
 *   animation frame after that (what the eye can see); median and p95 over every keystroke that changed the list.
 * Target: p95 < 16 ms (one frame). Options: --throttle N (CPU slowdown via DevTools, e.g. 4 for a mid-range
 * phone), --rounds N (times each query is typed, default 3). Exits 0 with a message when out/ is not built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, freePort, serveOut } from './local-browser';

const OUT = join(import.meta.dirname, '..', '..', 'out');
const QUERIES = ['550 5.1.1', 'relay access denied', 'mailbx full', 'spamhaus', 'TSS04', 'how big can attachments be', 'recipient address rejected', '5.7.26 dmarc'];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * In the page: times each keystroke from keydown to the dropdown's next DOM change and to the frame after it.
 * Plain JavaScript in a string: a compiled function could carry the compiler's helpers, which the page lacks.
 */
const PROBE = `(() => {
  let t0 = 0, pending = Promise.resolve(null), settle = () => {}, observer = null;
  document.addEventListener('keydown', () => { t0 = performance.now(); }, true);
  window.__arm = () => {
    if (observer) observer.disconnect();
    t0 = 0;
    const input = document.querySelector('input[role="combobox"]');
    const list = input ? document.getElementById(input.getAttribute('aria-controls') || '') : null;
    const box = list ? list.parentElement || list : null;
    pending = new Promise((resolve) => { settle = resolve; setTimeout(() => resolve(null), 1000); });
    if (!box) return;
    observer = new MutationObserver(() => {
      if (t0 === 0) return;
      const dom = performance.now() - t0;
      observer.disconnect();
      requestAnimationFrame(() => settle({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  window.__result = () => pending;
})();`;

async function clearBox(page: Page, box: ReturnType<Page['getByRole']>): Promise<void> {
  await box.fill('');
  await sleep(50);
}

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  if (!existsSync(join(OUT, 'index.html'))) {
    console.log('bench:search:browser: no build in out/ (run `npm run build` first); nothing measured.');
    return;
  }
  const throttle = option('--throttle', 1);
  const rounds = option('--rounds', 3);
  const server = await serveOut(await freePort(), join(OUT, '..'));
  const base = server.base;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    if (throttle > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // Measure the load on first focus: no idle-time preload.
    await page.addInitScript({ content: 'delete window.requestIdleCallback; delete window.cancelIdleCallback;' });
    await page.addInitScript({ content: PROBE });
    let loaded = false;
    for (let attempt = 0; attempt < 5 && !loaded; attempt++) {
      const res = await page.goto(`${base}/`, { waitUntil: 'load' }).catch(() => null);
      loaded = res?.ok() ?? false;
      if (!loaded) await sleep(1000); // out/ being rebuilt: try again
    }
    if (!loaded) throw new Error('could not open / from out/');
    await page.waitForLoadState('networkidle');
    const box = page.getByRole('combobox', { name: 'Search codes and messages' });

    // First focus: load + prepare, seen as the first results for a code entered at once.
    const focusAt = await page.evaluate(() => performance.now());
    await box.focus();
    await page.keyboard.insertText('550');
    await page.getByRole('option').first().waitFor({ timeout: 30_000 });
    const firstResults = (await page.evaluate(() => performance.now())) - focusAt;
    const fetchMs = await page.evaluate(() => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.includes('search-index'));
      return e ? e.duration : null;
    });
    await clearBox(page, box);

    const dom: number[] = [];
    const frame: number[] = [];
    let unchanged = 0;
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        for (const ch of q) {
          await page.evaluate(() => Reflect.get(window, '__arm')?.());
          await page.keyboard.type(ch);
          const s: unknown = await page.evaluate(() => Reflect.get(window, '__result')?.());
          if (s && typeof s === 'object' && 'dom' in s && 'frame' in s) {
            dom.push(Number(s.dom));
            frame.push(Number(s.frame));
          } else unchanged++;
          await sleep(20);
        }
        await clearBox(page, box);
      }
    }
    dom.sort((a, b) => a - b);
    frame.sort((a, b) => a - b);
    console.log(`Chromium ${browser.version()}, CPU throttle ${throttle}×, ${rounds} rounds of ${QUERIES.length} queries`);
    console.log(`first focus → first results (fetch + parse + prepareIndex + search + render): ${ms(firstResults)}${fetchMs === null ? '' : `; index fetch ${ms(fetchMs)}`}`);
    console.log(`keystroke → listbox DOM updated: median ${ms(pct(dom, 0.5))}, p95 ${ms(pct(dom, 0.95))}, max ${ms(pct(dom, 1))} over ${dom.length} keystrokes (target p95 < 16 ms)`);
    console.log(`keystroke → next frame after it:  median ${ms(pct(frame, 0.5))}, p95 ${ms(pct(frame, 0.95))}`);
    if (unchanged) console.log(`${unchanged} keystroke(s) left the list as it was (not counted)`);
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
