/**
 * analyze over many files: the outcomes come out in input order whichever thread read them, and worker threads
 * (BOUNCE_CLI_WORKERS) print the same bytes as one thread, through the launcher.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileOutcome } from './analyze-format';
import { analyzeAll, workerCount } from './analyze-pool';
import type { InputFile } from './read-inputs';

const LAUNCH = join(import.meta.dirname, 'launch', 'launch.mjs');
const FIXTURES = join(import.meta.dirname, '..', '..', 'lib', 'bounce', 'fixtures');

const file = (name: string, text: string | null): InputFile => ({
  name,
  path: name,
  read: () => {
    if (text === null) throw new Error('unreadable');
    return new TextEncoder().encode(text);
  },
});

const files = (n: number) => Array.from({ length: n }, (_, i) => file(`f${i}`, ''));

describe('analyzeAll in one thread', () => {
  it('hands on every outcome in input order, a read failure in its place', async () => {
    const inputs = [file('a', 'From: x@example.com\n\n550 5.1.1 unknown'), file('b', null), file('c', 'hello'), file('d', null)];
    const seen: FileOutcome[] = [];
    await analyzeAll(inputs, true, {}, 0, (o) => seen.push(o));
    expect(seen.map((o) => o.error ?? JSON.parse(o.text?.split('\n')[0] ?? '{}').file)).toEqual(['a', 'b: unreadable', 'c', 'd: unreadable']);
  });
});

describe('workerCount', () => {
  const env = { BOUNCE_CLI_BUNDLE: 'b.cjs', BOUNCE_CLI_WORKER_RUNNER: 'w.mjs' };
  it.each([
    ['without the compiled bundle', files(500), {}, 8, 0],
    ['few files', files(90), env, 8, 0],
    ['two cores: the main thread keeps both', files(500), env, 2, 0],
    ['eight cores, 500 files', files(500), env, 8, 4],
    ['eight cores, 200 files', files(200), env, 8, 2],
    ['asked for by BOUNCE_CLI_WORKERS', files(3), { ...env, BOUNCE_CLI_WORKERS: '2' }, 2, 2],
    ['standard input among the paths', [...files(500), { ...file('-', ''), path: null }], { ...env, BOUNCE_CLI_WORKERS: '2' }, 8, 0],
  ])('%s', (_name, inputs, given, cores, expected) => {
    expect(workerCount(inputs, given, cores)).toBe(expected);
  });
});

describe('analyze through the launcher', () => {
  const run = (workers: string, json: boolean, debug = false) =>
    spawnSync(process.execPath, [LAUNCH, 'analyze', ...(json ? ['--json'] : []), FIXTURES, join(FIXTURES, 'exim-plain-text.eml'), FIXTURES], {
      encoding: 'utf8',
      env: { ...process.env, BOUNCE_CLI_WORKERS: workers, BOUNCE_CLI_DEBUG: debug ? '1' : '' },
    });

  it('really reads files on the workers (each is handed its first batches when it starts)', () => {
    const counts = [...run('2', true, true).stderr.matchAll(/worker did (\d+) files/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(2);
    for (const n of counts) expect(n).toBeGreaterThan(0);
  }, 120_000);

  it.each([true, false])('prints the same bytes with two worker threads as with none (json: %s)', (json) => {
    const one = run('0', json);
    const pool = run('2', json);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(40);
    expect(pool.stdout).toBe(one.stdout);
    expect(pool.stderr).toBe(one.stderr);
    expect(pool.status).toBe(0);
  }, 120_000);
});
