/**
 * `npm run check:quality`: serves out/ on a free local port, runs axe on every page of sitemap.xml, then Lighthouse 12
 * (mobile) five times on the key pages, printing the median scores. Fails on any axe violation and unless the median
 * performance is ≥ 95 and accessibility, best practices and SEO are 100. Needs a build in out/ and Chromium.
 * Lighthouse is not a dependency: it runs through `npx --yes lighthouse@12.8.2`, or from /tmp/lh when npx cannot.
 */
import { spawnSync } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS, freePort, serveOut } from '../bench/local-browser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { host } from '../../host.config';
import { CATEGORIES, medianScores, missedTargets, scoresOf, TARGETS, type Scores } from '../../lib/quality/scores';

const OUT = join(process.cwd(), 'out');
const LIGHTHOUSE_PAGES = ['/', '/analyze/', '/codes/5.1.1/', '/errors/user-unknown/'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];


async function runAxe(base: string): Promise<number> {
  const sitemap = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').replace(host.siteUrl, ''));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  let violations = 0;
  let done = 0;
  const queue = [...paths];
  async function worker() {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(`${base}${path}`);
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      if (++done % 50 === 0) console.log(`axe: ${done}/${paths.length} pages`);
      for (const v of result.violations) {
        violations++;
        console.log(`axe ${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    await page.close();
  }
  await Promise.all([worker(), worker(), worker()]);
  await browser.close();
  console.log(`axe: ${paths.length} pages from sitemap.xml, ${violations} violations`);
  return violations;
}

/** The Lighthouse command: npx when it works, else a copy installed into /tmp/lh with a compatible third-party-web. */
function lighthouseCommand(): string[] {
  const npx = ['npx', '--yes', 'lighthouse@12.8.2'];
  if (spawnSync(npx[0] ?? 'npx', [...npx.slice(1), '--version'], { encoding: 'utf8' }).status === 0) return npx;
  const local = '/tmp/lh/node_modules/.bin/lighthouse';
  if (!existsSync(local)) {
    console.log('lighthouse: npx failed; installing lighthouse@12.8.2 with third-party-web@0.27.0 into /tmp/lh');
    const install = spawnSync('npm', ['install', '--prefix', '/tmp/lh', 'lighthouse@12.8.2', 'third-party-web@0.27.0', '--no-save', '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('lighthouse: could not install lighthouse@12.8.2');
  }
  return [local];
}

function lighthouse(cmd: string[], url: string): Scores {
  const args = [...cmd.slice(1), url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`];
  const run = spawnSync(cmd[0] ?? 'npx', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: CHROMIUM } });
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}:\n${run.stderr.slice(-2000)}`);
  return scoresOf(JSON.parse(run.stdout));
}

async function main() {
  if (!existsSync(join(OUT, 'sitemap.xml'))) throw new Error('check-quality: no build in out/; run `npm run build` first');
  const server = await serveOut(await freePort());
  const base = server.base;
  try {
    const axeViolations = await runAxe(base);
    const cmd = lighthouseCommand();
    const failures: string[] = axeViolations > 0 ? [`axe: ${axeViolations} violations`] : [];
    console.log(`\nLighthouse 12 mobile, median of ${RUNS} runs (targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ')})`);
    console.log(`${'page'.padEnd(24)}${CATEGORIES.map((c) => c.padStart(16)).join('')}   runs (performance)`);
    for (const path of LIGHTHOUSE_PAGES) {
      const runs = Array.from({ length: RUNS }, () => lighthouse(cmd, `${base}${path}`));
      const m = medianScores(runs);
      console.log(`${path.padEnd(24)}${CATEGORIES.map((c) => String(m[c]).padStart(16)).join('')}   ${runs.map((r) => r.performance).join(' ')}`);
      failures.push(...missedTargets(m).map((f) => `${path}: ${f}`));
    }
    if (failures.length > 0) {
      console.error(`\ncheck-quality: FAILED\n${failures.join('\n')}`);
      process.exitCode = 1;
    } else console.log('\ncheck-quality: all targets met');
  } finally {
    server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
