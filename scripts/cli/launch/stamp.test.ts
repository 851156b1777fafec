/** The build stamp: unchanged sources are fresh, same bytes with new times are refreshed, anything else is stale. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStamp, makeStamp, type Stamp } from './stamp.mjs';

let root = '';
let stamp: Stamp;

const write = (path: string, text: string) => writeFileSync(join(root, path), text);
const later = (path: string) => utimesSync(join(root, path), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stamp-test-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'out'));
  write('src/a.ts', 'export const a = 1;');
  write('src/b.ts', 'export const b = 2;');
  write('package-lock.json', '{}');
  write('out/cli.cjs', 'compiled');
  stamp = makeStamp(root, { files: ['src/a.ts', 'src/b.ts', 'package-lock.json'], outputs: ['out/cli.cjs'] });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const CHANGES: Array<[string, () => void, 'fresh' | 'refreshed' | 'stale']> = [
  ['nothing changed', () => {}, 'fresh'],
  ['a checkout rewrote a file with the same bytes', () => later('src/a.ts'), 'refreshed'],
  ['a source was edited (same length)', () => write('src/a.ts', 'export const a = 9;'), 'stale'],
  ['a source grew', () => write('src/b.ts', 'export const b = 22;'), 'stale'],
  ['the lockfile changed', () => write('package-lock.json', '{"x":1}'), 'stale'],
  ['a source was deleted', () => rmSync(join(root, 'src/b.ts')), 'stale'],
  ['a file appeared next to the sources (an import may resolve to it)', () => write('src/a.tsx', ''), 'stale'],
  ['the compiled file was removed', () => rmSync(join(root, 'out/cli.cjs')), 'stale'],
  ['the compiled file was edited', () => write('out/cli.cjs', 'tampered!'), 'stale'],
];

describe('checkStamp', () => {
  it.each(CHANGES)('%s', (_name, change, expected) => {
    change();
    expect(checkStamp(root, stamp)).toBe(expected);
  });

  it('is fresh again after a refresh', () => {
    later('src/a.ts');
    expect(checkStamp(root, stamp)).toBe('refreshed');
    expect(checkStamp(root, stamp)).toBe('fresh');
  });

  it('treats a missing or foreign stamp as stale', () => {
    expect(checkStamp(root, null)).toBe('stale');
    expect(checkStamp(root, { version: 0 })).toBe('stale');
  });

  it('names the build by its sources: same bytes, same id', () => {
    later('src/a.ts');
    expect(makeStamp(root, { files: ['src/a.ts', 'src/b.ts', 'package-lock.json'], outputs: [] }).id).toBe(stamp.id);
    write('src/a.ts', 'export const a = 9;');
    expect(makeStamp(root, { files: ['src/a.ts', 'src/b.ts', 'package-lock.json'], outputs: [] }).id).not.toBe(stamp.id);
  });
});
