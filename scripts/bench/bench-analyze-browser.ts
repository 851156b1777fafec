/**
 * npm run bench:analyze:browser — the analyzer's time per message in Chromium: the same lib/bounce code, bundled
 * for the browser with esbuild, runs in a headless Chromium page over the shared corpus. Prints median and p95.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
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
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
