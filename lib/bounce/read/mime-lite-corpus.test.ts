/**
 * The fast MIME path against postal-mime on every file of the shared corpus (Sisimai's and the extra one): the
 * split message must be identical, whichever path reads it. Skips, saying so, without ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInput } from './input';
import { splitMessage } from './mime';

const SHARED = process.env.BOUNCE_SHARED_DIR ? resolve(process.env.BOUNCE_SHARED_DIR) : resolve(import.meta.dirname, '../../../../shared');
const ROOT = join(SHARED, 'corpus');

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return messageFiles(path);
    return e.isFile() && !/\.(?:md|jsonl)$|^LICENSE$/.test(e.name) ? [path] : [];
  });
}

const available = existsSync(join(ROOT, 'sisimai'));
if (!available) console.log('skipped: ../shared not found');
const files = available ? messageFiles(ROOT) : [];

describe.skipIf(!available)('fast MIME path on the corpus', () => {
  it('reads more than 600 corpus files', () => {
    expect(files.length).toBeGreaterThan(600);
  });

  it('gives what postal-mime gives on every corpus file', async () => {
    const differ: string[] = [];
    for (const file of files) {
      const { bytes, refused } = checkInput(readFileSync(file));
      if (refused) continue;
      const [fast, slow] = [await splitMessage(bytes, 0, true), await splitMessage(bytes, 0, false)];
      if (JSON.stringify(fast) !== JSON.stringify(slow)) differ.push(file.slice(ROOT.length + 1));
    }
    expect(differ).toEqual([]);
  }, 60_000);
});
