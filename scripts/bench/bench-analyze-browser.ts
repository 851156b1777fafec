/**
 * npm run bench:analyze:browser — the analyzer's time per message in Chromium: the same lib/bounce code, bundled
 * for the browser with esbuild, runs in a headless Chromium page over the shared corpus (median and p95); then
 * each hostile input from lib/bounce/robustness-inputs.ts through the site's own Web Worker
 * (components/analyzer/analyzer.worker.ts), timed from postMessage to the result (target <= 1 s each).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { host } from '../../host.config';
import { CORPUS, REPO_ROOT, corpusAvailable } from '../corpus/corpus-eval';
import { CHROMIUM, CHROMIUM_ARGS } from './local-browser';

async function main() {
  if (!corpusAvailable()) {
    console.log('bench:analyze:browser: skipped: ../shared not found');
    return;
  }
  const bundle = await build({
    stdin: { contents: "import { analyze } from './lib/bounce/analyze'; globalThis.__analyze = analyze;", resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true, minify: true, format: 'iife', platform: 'browser', write: false, target: 'es2022',
    alias: { '@': REPO_ROOT },
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const files = ['bsd', 'dos', 'mac'].flatMap((d) => readdirSync(join(CORPUS, 'maildir', d)).map((f) => join(CORPUS, 'maildir', d, f)));
  const messages = files.map((f) => readFileSync(f, 'latin1'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: code });
    // Sent as source text: the runner's transpiler would otherwise add helpers that do not exist in the page.
    const times: number[] = await page.evaluate(`(async (inputs) => {
      const run = globalThis.__analyze;
      if (typeof run !== 'function') throw new Error('analyzer bundle did not load');
      const bytesOf = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
      for (const m of inputs.slice(0, 50)) await run(bytesOf(m));
      const out = [];
      for (let round = 0; round < 2; round++) {
        for (const m of inputs) {
          const bytes = bytesOf(m);
          const t = performance.now();
          await run(bytes);
          out.push(performance.now() - t);
        }
      }
      return out;
    })(${JSON.stringify(messages)})`);
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
    console.log(`Chromium: ${messages.length} messages x 2 rounds`);
    console.log(`  median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${(times[times.length - 1] ?? 0).toFixed(1)} ms per message (target p95 < 20 ms)`);
    await hostileInWorker(page);
  } finally {
    await browser.close();
  }
}

/** The hostile inputs, made in the page, each analyzed by the site's worker. */
async function hostileInWorker(page: Page): Promise<void> {
  const bundle = (entry: string, format: 'iife') => build({
    stdin: { contents: entry, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true, minify: true, format, platform: 'browser', write: false, target: 'es2022', alias: { '@': REPO_ROOT },
  }).then((r) => r.outputFiles[0]?.text ?? '');
  const worker = await bundle("import './components/analyzer/analyzer.worker';", 'iife');
  const inputs = await bundle("import * as inputs from './lib/bounce/robustness-inputs'; globalThis.__inputs = inputs;", 'iife');
  await page.addScriptTag({ content: inputs });
  const rows: Array<[string, number, string]> = await page.evaluate(`(async ({ workerCode, servers }) => {
    const I = globalThis.__inputs;
    const cases = [
      ['binary junk 2 MB', () => I.binaryJunk(2000000)], ['10,000 nested parts', () => I.nestedParts(10000)],
      ['10,000 sibling parts', () => I.manyParts(10000)], ['1 MB single line', () => I.oneLongLine(1000000)],
      ['header folded 100,000 times', () => I.foldedHeader(100000)], ['20,000 MIME parameters', () => I.manyParameters(20000)],
      ['10,000 recipient blocks', () => I.manyRecipients(10000)], ['5 MB line of angle brackets', () => I.angleBrackets(5000000)],
      ['regex-hostile 1 MB', () => I.regexHostile(1000000)], ['11 MB input', () => 'x'.repeat(11 * 1024 * 1024)],
      ['5 MB bounce with attachment', () => I.bigBounce(5000000)],
    ];
    const worker = new Worker(URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' })));
    let id = 0;
    const run = (input) => new Promise((resolve) => {
      const mine = ++id;
      const onMessage = (e) => {
        if (e.data.id !== mine || e.data.started) return;
        worker.removeEventListener('message', onMessage);
        resolve(e.data.ok ? (e.data.result.refused ? 'refused (' + e.data.result.refused + ')' : e.data.result.results.length + ' result(s)') : 'error: ' + e.data.error);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ id: mine, input, servers });
    });
    await run('From: a@example.com\\n\\n550 5.1.1 warm-up');
    const out = [];
    for (const [name, make] of cases) {
      const input = make();
      const t = performance.now();
      const outcome = await run(input);
      out.push([name, performance.now() - t, outcome]);
    }
    worker.terminate();
    return out;
  })(${JSON.stringify({ workerCode: worker, servers: host.servers })})`);
  console.log('hostile inputs in the analyzer Web Worker (postMessage to result, target <= 1 s each):');
  for (const [name, ms, outcome] of rows) console.log(`  ${name}: ${ms.toFixed(0)} ms, ${outcome}${ms > 1000 ? '  OVER 1 s' : ''}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
