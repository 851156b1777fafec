/**
 * The command-line half of npm run bench:analyze, each figure a whole process with its real start-up: start-up of
 * `analyze` and `search` (through the launcher and through `npm run`) against a bare `node -e 1` and npm's own
 * start-up in the same run, throughput against Sisimai (bench-throughput.ts), and each hostile input run through
 * the command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../corpus/corpus-eval';
import { cpuText, medians, timed, type Timing } from './process-timing';

export { throughputBench } from './bench-throughput';

const LAUNCH = join(REPO_ROOT, 'scripts', 'cli', 'launch', 'launch.mjs');
const FIXTURE = join(REPO_ROOT, 'lib', 'bounce', 'fixtures', 'exim-plain-text.eml');

/** Prints the start-up figures; returns the analyze command's (through the launcher) for the throughput split. */
export function startupBench(rounds = 11): Timing | null {
  // the first call builds the bundles and the index cache when they are missing or stale: not timed
  timed('node', [LAUNCH, 'search', '550 5.1.1']);
  timed('node', [LAUNCH, 'analyze', FIXTURE]);
  const m = medians({
    bare: ['node', ['-e', '1']],
    // npm's built-in `env` script: npm's own start-up and a shell, what every `npm run` pays before the command
    'npm alone (npm run --silent env)': ['npm', ['run', '--silent', 'env']],
    'analyze (launcher)': ['node', [LAUNCH, 'analyze', FIXTURE]],
    'search (launcher)': ['node', [LAUNCH, 'search', '550 5.1.1']],
    'analyze (npm run --silent)': ['npm', ['run', '--silent', 'analyze', '--', FIXTURE]],
    'search (npm run --silent)': ['npm', ['run', '--silent', 'search', '--', '550 5.1.1']],
  }, rounds);
  const bare = m.bare?.ms ?? 1;
  console.log(`start-up, median of ${rounds} (one bounce, one query; target <= 300 ms and <= 2.5x bare node, wall clock):`);
  for (const [name, t] of Object.entries(m)) {
    const flag = name !== 'bare' && !name.startsWith('npm alone') && (t.ms > 300 || t.ms > 2.5 * bare) ? '  OVER TARGET' : '';
    console.log(`  ${name}: ${t.ms.toFixed(0)} ms${name === 'bare' ? ' (node -e 1)' : `, ${(t.ms / bare).toFixed(2)}x bare`}${cpuText(t)}${flag}`);
  }
  return m['analyze (launcher)'] ?? null;
}

/** Each hostile input written to a file and analyzed by the command, start-up included. */
export function hostileCommandBench(cases: ReadonlyArray<readonly [string, () => string | Uint8Array]>): void {
  const dir = mkdtempSync(join(tmpdir(), 'bounce-bench-'));
  try {
    console.log('hostile inputs through the command (whole process, target <= 1 s each):');
    cases.forEach(([name, make], i) => {
      const file = join(dir, `input-${i}.eml`);
      writeFileSync(file, make());
      const { ms, cpu, status } = timed('node', [LAUNCH, 'analyze', '--json', file]);
      console.log(`  ${name}: ${ms.toFixed(0)} ms${cpuText({ ms, cpu })}${status === 0 ? '' : ` (exit status ${status})`}${ms > 1000 ? '  OVER 1 s' : ''}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
