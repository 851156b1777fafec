/** The progress line: drawn only on a terminal, at most ten times a second, wiped at the end. */
import { describe, expect, it } from 'vitest';
import { progressLine } from './progress';

function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, write: (t: string) => writes.push(t) } };
}

describe('progressLine', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const { writes, out } = fakeTerminal(false);
    const p = progressLine(3, out, () => 0);
    p.step();
    p.step();
    p.step();
    p.done();
    expect(writes).toEqual([]);
  });

  it('shows files done of total and messages per second, then wipes the line', () => {
    const { writes, out } = fakeTerminal(true);
    let t = 0;
    const p = progressLine(3, out, () => t);
    t = 500;
    p.step();
    t = 550;
    p.step();
    t = 1000;
    p.step();
    p.done();
    expect(writes).toEqual(['\r\x1b[K1/3 files, 2 messages/s', '\r\x1b[K3/3 files, 3 messages/s', '\r\x1b[K']);
  });

  it('stays quiet for a single file', () => {
    const { writes, out } = fakeTerminal(true);
    const p = progressLine(1, out, () => 0);
    p.step();
    p.done();
    expect(writes).toEqual([]);
  });

  it('wipes the line for results and draws it again on the next step', () => {
    const { writes, out } = fakeTerminal(true);
    let t = 0;
    const p = progressLine(3, out, () => t);
    t = 1000;
    p.step();
    p.done();
    t = 1010;
    p.step();
    p.done();
    expect(writes).toEqual(['\r\x1b[K1/3 files, 1 messages/s', '\r\x1b[K', '\r\x1b[K2/3 files, 2 messages/s', '\r\x1b[K']);
  });
});
