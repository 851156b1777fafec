/**
 * Whole-process throughput of `analyze` over the corpus against Sisimai 4.25 (Debian's libsisimai-perl, when
 * installed) on the same files, start-up included: the command as it runs on this machine, and the levers one at
 * a time (one thread, one worker thread besides the main one), with what limits the ratio (start-up, CPU per
 * message, a worker's start).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SHARED } from '../corpus/corpus-eval';
import { median, medians, timed, type Command, type Timing } from './process-timing';

const LAUNCH = join(REPO_ROOT, 'scripts', 'cli', 'launch', 'launch.mjs');

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

/** How many workers the command starts here, and when the first one's first batch came back (BOUNCE_CLI_DEBUG). */
function workerFacts(args: string[], env: Record<string, string>, rounds: number): { workers: number; firstBatchMs: number | null } {
  const runs = Array.from({ length: rounds }, () => timed('node', args, { ...env, BOUNCE_CLI_DEBUG: '1' }).stderr);
  const workers = (runs[0]?.match(/worker did \d+ files/g) ?? []).length;
  const firsts = runs.flatMap((s) => [...s.matchAll(/first batch back (\d+) ms/g)].map((m) => Number(m[1])));
  return { workers, firstBatchMs: firsts.length > 0 ? median(firsts) : null };
}

/** `startup`: the analyze command's start-up on one bounce (startupBench), to split start-up from per-message work. */
export function throughputBench(startup: Timing | null, rounds = 7): void {
  const folders = corpusFolders();
  if (folders.length === 0) {
    console.log('throughput: skipped: ../shared not found');
    return;
  }
  const messages = folders.reduce((n, d) => n + readdirSync(d, { withFileTypes: true }).filter((e) => e.isFile()).length, 0);
  const args = [LAUNCH, 'analyze', '--json', ...folders];
  const commands: Record<string, Command> = { ours: ['node', args], one: ['node', args, { BOUNCE_CLI_WORKERS: '0' }], pool: ['node', args, { BOUNCE_CLI_WORKERS: '1' }] };
  const sisimai = sisimaiInstalled();
  if (sisimai) commands.sisimai = ['perl', ['-MSisimai', '-e', SISIMAI, ...folders]];
  const m = medians(commands, rounds);
  const here = workerFacts(args, {}, 1);
  const pool = workerFacts(args, { BOUNCE_CLI_WORKERS: '1' }, 3);
  const rate = (ms: number) => Math.round(messages / (ms / 1000));
  const line = (t: Timing) => `${rate(t.ms)} messages/s (${t.ms.toFixed(0)} ms)${Number.isNaN(t.cpu) ? '' : `; per CPU second ${rate(t.cpu)} (${t.cpu.toFixed(0)} ms)`}`;
  const none: Timing = { ms: 1, cpu: NaN };
  const ours = m.ours ?? none;
  console.log(`throughput, whole process with start-up, median of ${rounds}: ${messages} messages in ${folders.length} corpus folders, ${availableParallelism()} cores`);
  console.log(`  ours (launcher, analyze --json; ${here.workers} worker thread(s) on this machine): ${line(ours)}`);
  console.log(`  lever, threads: one thread ${line(m.one ?? none)}`);
  console.log(`  lever, threads: main + 1 worker ${line(m.pool ?? none)}; the worker's first batch back ${pool.firstBatchMs ?? '?'} ms after its start`);
  if (startup && !Number.isNaN(ours.cpu) && !Number.isNaN(startup.cpu)) {
    const perMessage = ((m.one ?? none).cpu - startup.cpu) / messages;
    console.log(`  limits: start-up ${startup.ms.toFixed(0)} ms wall (${startup.cpu.toFixed(0)} ms CPU); then ${perMessage.toFixed(2)} ms CPU per message in one thread`);
  }
  if (!sisimai) {
    console.log('  Sisimai: skipped: perl -MSisimai -e1 failed (apt-get install libsisimai-perl)');
    return;
  }
  const theirs = m.sisimai ?? none;
  const ratio = theirs.ms / ours.ms;
  console.log(`  Sisimai 4.25 (Sisimai->make per folder): ${line(theirs)}; ${(theirs.cpu / messages).toFixed(2)} ms CPU per message, start-up included`);
  const cpuRatio = Number.isNaN(ours.cpu) ? '' : `, ${(theirs.cpu / ours.cpu).toFixed(2)}x per CPU second`;
  console.log(`  ratio: ${ratio.toFixed(2)}x Sisimai wall clock${cpuRatio} (target >= 3)${ratio < 3 ? '  BELOW TARGET' : ''}`);
}
