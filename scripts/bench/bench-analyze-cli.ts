/**
 * The command-line half of npm run bench:analyze, each figure a whole process with its real start-up: start-up of
 * `analyze` and `search` (through the launcher and through `npm run`) against a bare `node -e 1` in the same run,
 * messages per second over the corpus against Sisimai 4.25 (Debian's libsisimai-perl, when installed) on the
 * same files, and each hostile input run through the command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SHARED } from '../corpus/corpus-eval';

const LAUNCH = join(REPO_ROOT, 'scripts', 'cli', 'launch', 'launch.mjs');
const FIXTURE = join(REPO_ROOT, 'lib', 'bounce', 'fixtures', 'exim-plain-text.eml');

/** GNU time reports a child's CPU time (user + system), which a busy shared machine disturbs less than wall time. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall-clock and (with GNU time) CPU milliseconds of one whole process, output discarded. */
function timed(command: string, args: readonly string[]): { ms: number; cpu: number; status: number | null } {
  const t = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', command, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, status: r.status };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface Timing {
  ms: number;
  cpu: number;
}

/** Runs every command `rounds` times, interleaved so a change in the machine's load hits all of them alike; medians. */
function medians(commands: Record<string, [string, string[]]>, rounds: number): Record<string, Timing> {
  const times: Record<string, Timing[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, [command, args]] of Object.entries(commands)) {
      const { ms, cpu, status } = timed(command, args);
      if (status !== 0) throw new Error(`${name}: exit status ${status}`);
      (times[name] ??= []).push({ ms, cpu });
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { ms: median(v.map((x) => x.ms)), cpu: median(v.map((x) => x.cpu)) }]));
}

const cpuText = (t: Timing) => (Number.isNaN(t.cpu) ? '' : `, CPU ${t.cpu.toFixed(0)} ms`);

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
  const bare = m.bare?.ms ?? 1;
  console.log(`start-up, median of ${rounds} (one bounce, one query; target <= 300 ms and <= 2.5x bare node, wall clock):`);
  for (const [name, t] of Object.entries(m)) {
    const flag = name !== 'bare' && (t.ms > 300 || t.ms > 2.5 * bare) ? '  OVER TARGET' : '';
    console.log(`  ${name}: ${t.ms.toFixed(0)} ms${name === 'bare' ? ' (node -e 1)' : `, ${(t.ms / bare).toFixed(2)}x bare`}${cpuText(t)}${flag}`);
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

export function throughputBench(rounds = 7): void {
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
  const line = (t: Timing) => `${rate(t.ms)} messages/s (${t.ms.toFixed(0)} ms)${Number.isNaN(t.cpu) ? '' : `; per CPU second ${rate(t.cpu)} (${t.cpu.toFixed(0)} ms)`}`;
  console.log(`throughput, whole process with start-up, median of ${rounds}: ${messages} messages in ${folders.length} corpus folders`);
  const ours = m.ours ?? { ms: 1, cpu: NaN };
  console.log(`  ours (launcher, analyze --json): ${line(ours)}`);
  if (!sisimai) {
    console.log('  Sisimai: skipped: perl -MSisimai -e1 failed (apt-get install libsisimai-perl)');
    return;
  }
  const theirs = m['Sisimai 4.25'] ?? { ms: 1, cpu: NaN };
  const ratio = theirs.ms / ours.ms;
  console.log(`  Sisimai 4.25 (Sisimai->make per folder): ${line(theirs)}`);
  const cpuRatio = Number.isNaN(ours.cpu) ? '' : `, ${(theirs.cpu / ours.cpu).toFixed(2)}x per CPU second`;
  console.log(`  ratio: ${ratio.toFixed(2)}x Sisimai wall clock${cpuRatio} (target >= 3)${ratio < 3 ? '  BELOW TARGET' : ''}`);
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
