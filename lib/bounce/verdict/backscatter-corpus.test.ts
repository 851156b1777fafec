/**
 * Bounces of real mail that other systems sent (the shared corpus): almost none may be called backscatter. The one
 * expected exception is a bounce of bulk mail an unnamed machine sent straight to the recipient's server.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { host } from '../../../host.config';
import { analyze } from '../analyze';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');
const DIRS = ['sisimai/maildir/bsd', 'extra/php-bounce-handler', 'extra/phpmailer-bmh/node-baunsu', 'extra/phpmailer-bmh/tmail_bouncer'];

describe('backscatter on the shared corpus', () => {
  it.skipIf(!existsSync(SHARED))('is (almost) never claimed for mail other systems really sent', async () => {
    let files = 0;
    const flagged: string[] = [];
    for (const dir of DIRS) {
      for (const name of readdirSync(join(SHARED, dir))) {
        const path = join(SHARED, dir, name);
        if (!statSync(path).isFile()) continue;
        files++;
        if ((await analyze(readFileSync(path), { host })).message?.backscatter) flagged.push(`${dir}/${name}`);
      }
    }
    expect(files).toBeGreaterThan(500);
    expect(flagged.length, flagged.join(' ')).toBeLessThanOrEqual(2);
  }, 60_000);
});
if (!existsSync(SHARED)) console.log('skipped: ../shared not found');
