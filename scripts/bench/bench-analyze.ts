/**
 * npm run bench:analyze — messages per second and p95 time per message over the shared corpus in Node, the time
 * each robustness input takes (binary junk, deep nesting, many parts, long lines, a folded header, many parameters
 * and recipients, angle brackets, hostile text, 10+ MB, a 5 MB bounce; flagged over 1 s), then the command line:
 * start-up against bare node, whole-process throughput against Sisimai 4.25, and the hostile inputs through it.
 * `--quick` skips the command-line part.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../lib/bounce/analyze';
import {
  angleBrackets, bigBounce, binaryJunk, foldedHeader, manyParameters, manyParts, manyRecipients, nestedParts, oneLongLine, regexHostile,
} from '../../lib/bounce/robustness-inputs';
import { hostileCommandBench, startupBench, throughputBench } from './bench-analyze-cli';
import { CORPUS, corpusAvailable } from '../corpus/corpus-eval';
import { growthBench } from './growth-cases';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function corpusBench(): Promise<void> {
  if (!corpusAvailable()) {
    console.log('corpus: skipped: ../shared not found');
    return;
  }
  const files = ['bsd', 'dos', 'mac'].flatMap((d) => readdirSync(join(CORPUS, 'maildir', d)).map((f) => join(CORPUS, 'maildir', d, f)));
  const inputs = files.map((f) => readFileSync(f));
  for (const input of inputs.slice(0, 100)) await analyze(input);
  const times: number[] = [];
  const rounds = 3;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t = performance.now();
      await analyze(input);
      times.push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  times.sort((a, b) => a - b);
  console.log(`corpus: ${inputs.length} messages x ${rounds} rounds`);
  console.log(`  messages per second: ${Math.round(times.length / seconds)} (wall clock), ${Math.round(times.length / cpuSeconds)} per CPU second (load average ${loadavg()[0]?.toFixed(1)})`);
  console.log(`  p50 per message: ${percentile(times, 0.5).toFixed(2)} ms, p95: ${percentile(times, 0.95).toFixed(2)} ms, max: ${(times[times.length - 1] ?? 0).toFixed(1)} ms`);
}

const HOSTILE: ReadonlyArray<readonly [string, () => string | Uint8Array]> = [
  ['binary junk 2 MB', () => binaryJunk(2_000_000)],
  ['10,000 nested parts', () => nestedParts(10_000)],
  ['10,000 sibling parts', () => manyParts(10_000)],
  ['1 MB single line', () => oneLongLine(1_000_000)],
  ['header folded 100,000 times', () => foldedHeader(100_000)],
  ['20,000 MIME parameters', () => manyParameters(20_000)],
  ['10,000 recipient blocks', () => manyRecipients(10_000)],
  ['5 MB line of angle brackets', () => angleBrackets(5_000_000)],
  ['regex-hostile 1 MB', () => regexHostile(1_000_000)],
  ['11 MB input', () => 'x'.repeat(11 * 1024 * 1024)],
  ['5 MB bounce with attachment', () => bigBounce(5_000_000)],
];

async function robustnessBench(): Promise<void> {
  console.log('robustness (in this process, target <= 1 s each):');
  for (const [name, make] of HOSTILE) {
    const input = make();
    const t = performance.now();
    const r = await analyze(input);
    const ms = performance.now() - t;
    const outcome = r.refused ? `refused (${r.refused})` : `${r.results.length} result(s), first ${r.results[0]?.kind ?? '-'}`;
    console.log(`  ${name}: ${ms.toFixed(0)} ms, ${outcome}${ms > 1000 ? '  OVER 1 s' : ''}`);
  }
}

await corpusBench();
await robustnessBench();
await growthBench();
if (!process.argv.includes('--quick')) {
  throughputBench(startupBench());
  hostileCommandBench(HOSTILE);
}
