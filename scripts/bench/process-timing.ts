/**
 * Timing whole processes for the command-line benchmarks: wall clock and (with GNU time) the child's CPU time,
 * user + system, which a busy shared machine disturbs less than wall time; several commands run interleaved so a
 * change in the machine's load hits all of them alike, and the medians are kept.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { existsSync } from 'node:fs';
import { REPO_ROOT } from '../corpus/corpus-eval';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export interface Timing {
  ms: number;
  cpu: number;
}

/** A command, its arguments and extra environment variables. */
export type Command = [string, string[], Record<string, string>?];

/** One whole process, output discarded; `stderr` is what it printed there (GNU time's line removed). */
export function timed(command: string, args: readonly string[], env: Record<string, string> = {}): Timing & { status: number | null; stderr: string } {
  const options: SpawnSyncOptionsWithStringEncoding = { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } };
  const t = performance.now();
  const r = GNU_TIME ? spawnSync(GNU_TIME, ['-f', 'cpu %U %S', command, ...args], options) : spawnSync(command, args, options);
  const ms = performance.now() - t;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, status: r.status, stderr: (r.stderr ?? '').replace(/cpu [\d.]+ [\d.]+\s*$/, '') };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs every command `rounds` times, interleaved; medians. */
export function medians(commands: Record<string, Command>, rounds: number): Record<string, Timing> {
  const times: Record<string, Timing[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, [command, args, env]] of Object.entries(commands)) {
      const { ms, cpu, status } = timed(command, args, env);
      if (status !== 0) throw new Error(`${name}: exit status ${status}`);
      (times[name] ??= []).push({ ms, cpu });
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { ms: median(v.map((x) => x.ms)), cpu: median(v.map((x) => x.cpu)) }]));
}

export const cpuText = (t: Timing) => (Number.isNaN(t.cpu) ? '' : `, CPU ${t.cpu.toFixed(0)} ms`);
