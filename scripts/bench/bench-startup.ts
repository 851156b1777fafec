/**
 * npm run bench:startup — the main-thread work a page does as it starts, in Chromium with a phone-sized viewport:
 * first paint, the page's own script tasks (framework evaluation and hydration) summed, the longest of them, and
 * a blocking-time estimate that scales each task by 4, as Lighthouse's simulated phone does, and counts what
 * exceeds 50 ms. It counts tasks before the first paint too and runs with tracing on, so it overstates what
 * Lighthouse reports; it is for comparing builds. Medians over several loads of each page; needs a build in out/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, freePort, serveOut } from './local-browser';
import { median } from '../../lib/quality/scores';

const PAGES = ['/', '/analyze/', '/codes/5.1.1/', '/errors/user-unknown/'];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
type TraceEvent = { name: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } };

/** Script tasks on the page's main thread: top-level tasks that evaluate a script or call into one. */
function scriptTasks(events: TraceEvent[]): number[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  if (!main) return [];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const scripts = own.filter((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall');
  return own
    .filter((t) => t.name === 'RunTask' && t.dur)
    .filter((t) => scripts.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)))
    .map((t) => (t.dur ?? 0) / 1000);
}

async function main() {
  if (!existsSync(join(process.cwd(), 'out', 'index.html'))) throw new Error('bench:startup: no build in out/; run `npm run build` first');
  const server = await serveOut(await freePort());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    console.log(`Start-up work per page, median of ${RUNS} loads (412×823 phone viewport, no CPU throttling)`);
    console.log(`${'page'.padEnd(24)}${'first paint'.padStart(13)}${'script tasks'.padStart(14)}${'longest'.padStart(10)}${'blocking ×4'.padStart(13)}`);
    for (const path of PAGES) {
      const rows: { paint: number; sum: number; max: number; blocking: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, serviceWorkers: 'block' });
        const page = await context.newPage();
        await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
        await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
        await page.locator('html[data-ready]').waitFor({ state: 'attached' });
        await page.waitForTimeout(300);
        const paint = await page.evaluate(() => performance.getEntriesByName('first-paint')[0]?.startTime ?? 0);
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
        const tasks = scriptTasks(traceEvents);
        rows.push({ paint, sum: tasks.reduce((s, t) => s + t, 0), max: Math.max(0, ...tasks), blocking: tasks.reduce((s, t) => s + Math.max(0, t * 4 - 50), 0) });
        await context.close();
      }
      const ms = (key: keyof (typeof rows)[number]) => `${median(rows.map((r) => r[key])).toFixed(0)} ms`;
      console.log(`${path.padEnd(24)}${ms('paint').padStart(13)}${ms('sum').padStart(14)}${ms('max').padStart(10)}${ms('blocking').padStart(13)}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
