/**
 * The command-line half of npm run bench:analyze, each figure a whole process with its real start-up: start-up of
 * `analyze` and `search` (through the launcher and through `npm run`) against a bare `node -e 1` in the same run,
 * messages per second over the corpus against Sisimai 4.25 (Debian's libsisimai-perl, when installed) on the
 * same files, and each hostile input run through the command.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SHARED } from '../corpus/corpus-eval';

const LAUNCH = join(REPO_ROOT, 'scripts', 'cli', 'launch', 'launch.mjs');
const FIXTURE = join(REPO_ROOT, 'lib', 'bounce', 'fixtures', 'exim-plain-text.eml');

/** Wall-clock milliseconds of one whole process (output discarded). */
function timed(command: string, args: readonly string[]): { ms: number; status: number | null } {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return { ms: performance.now() - t, status: r.status };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs every command `rounds` times, interleaved so a change in the machine's load hits all of them alike. */
function medians(commands: Record<string, [string, string[]]>, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, [command, args]] of Object.entries(commands)) {
      const { ms, status } = timed(command, args);
      if (status !== 0) throw new Error(`${name}: exit status ${status}`);
      (times[name] ??= []).push(ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

export function startupBench(rounds = 11): void {
  // the first call builds the bundles and the index cache when they are missing or stale: not timed
  timed('node', [LAUNCH, 'search', '550 5.1.1']);
  timed('node', [LAUNCH, 'analyze', FIXTURE]);
  const m = medians({
    bare: ['node', ['-e', '1']],
    'analyze (launcher)': ['node', [LAUNCH, 'analyze', FIXTURE]],
    'search (launcher)': ['node', [LAUNCH, 'search', '550 5.1.1']],
    'analyze (npm run --silent)': ['npm', ['run', '--silent', 'analyze', '--', FIXTURE]],
    'search (npm run --silent)': ['npm', ['run', '--silent', 'search', '--', '550 5.1.1']],
  }, rounds);
  const bare = m.bare ?? 1;
  console.log(`start-up, median of ${rounds} (one bounce, one query; target <= 300 ms and <= 2.5x bare node):`);
  for (const [name, ms] of Object.entries(m)) {
    const flag = name !== 'bare' && (ms > 300 || ms > 2.5 * bare) ? '  OVER TARGET' : '';
    console.log(`  ${name}: ${ms.toFixed(0)} ms${name === 'bare' ? ' (node -e 1)' : `, ${(ms / bare).toFixed(2)}x bare`}${flag}`);
  }
}

/** The corpus folders both tools read: each a flat folder of message files. */
function corpusFolders(): string[] {
  const dirs = ['sisimai/maildir/bsd', 'sisimai/maildir/dos', 'sisimai/maildir/mac', 'extra/php-bounce-handler', 'extra/phpmailer-bmh/node-baunsu', 'extra/phpmailer-bmh/tmail_bouncer'];
  return dirs.map((d) => join(SHARED, 'corpus', d)).filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory());
}

function sisimaiInstalled(): boolean {
  return spawnSync('perl', ['-MSisimai', '-e1'], { stdio: 'ignore' }).status === 0;
}

// Sisimai->make reads every file of a maildir-like folder; the count keeps the work from being skipped.
const SISIMAI = 'my $n = 0; for my $d (@ARGV) { my $v = Sisimai->make($d); $n += scalar(@$v) if $v } print "$n\\n"';

export function throughputBench(rounds = 5): void {
  const folders = corpusFolders();
  if (folders.length === 0) {
    console.log('throughput: skipped: ../shared not found');
    return;
  }
  const messages = folders.reduce((n, d) => n + readdirSync(d, { withFileTypes: true }).filter((e) => e.isFile()).length, 0);
  const commands: Record<string, [string, string[]]> = { ours: ['node', [LAUNCH, 'analyze', '--json', ...folders]] };
  const sisimai = sisimaiInstalled();
  if (sisimai) commands['Sisimai 4.25'] = ['perl', ['-MSisimai', '-e', SISIMAI, ...folders]];
  const m = medians(commands, rounds);
  const rate = (ms: number) => Math.round(messages / (ms / 1000));
  console.log(`throughput, whole process with start-up, median of ${rounds}: ${messages} messages in ${folders.length} corpus folders`);
  const ours = m.ours ?? 1;
  console.log(`  ours (launcher, analyze --json): ${rate(ours)} messages/s (${ours.toFixed(0)} ms)`);
  if (!sisimai) {
    console.log('  Sisimai: skipped: perl -MSisimai -e1 failed (apt-get install libsisimai-perl)');
    return;
  }
  const theirs = m['Sisimai 4.25'] ?? 1;
  const ratio = theirs / ours;
  console.log(`  Sisimai 4.25 (Sisimai->make per folder): ${rate(theirs)} messages/s (${theirs.toFixed(0)} ms)`);
  console.log(`  ratio: ${ratio.toFixed(2)}x Sisimai (target >= 3)${ratio < 3 ? '  BELOW TARGET' : ''}`);
}

/** Each hostile input written to a file and analyzed by the command, start-up included. */
export function hostileCommandBench(cases: ReadonlyArray<readonly [string, () => string | Uint8Array]>): void {
  const dir = mkdtempSync(join(tmpdir(), 'bounce-bench-'));
  try {
    console.log('hostile inputs through the command (whole process, target <= 1 s each):');
    cases.forEach(([name, make], i) => {
      const file = join(dir, `input-${i}.eml`);
      writeFileSync(file, make());
      const { ms, status } = timed('node', [LAUNCH, 'analyze', '--json', file]);
      console.log(`  ${name}: ${ms.toFixed(0)} ms${status === 0 ? '' : ` (exit status ${status})`}${ms > 1000 ? '  OVER 1 s' : ''}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
