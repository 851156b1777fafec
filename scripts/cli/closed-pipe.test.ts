/** A command whose reader stops early ends quietly with status 0 (closed-pipe.ts). */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const LAUNCH = join(import.meta.dirname, 'launch', 'launch.mjs');

it('search piped into a reader that closes after the first chunk: no stack trace, status 0', async () => {
  const queries = join(mkdtempSync(join(tmpdir(), 'closed-pipe-')), 'queries.jsonl');
  writeFileSync(queries, '{"q": "550 5.1.1"}\n'.repeat(2000));
  const child = spawn(process.execPath, [LAUNCH, 'search', '--jsonl', queries], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((done) => child.on('close', done));
  expect(stderr).not.toContain('EPIPE');
  expect(code).toBe(0);
}, 120_000);
