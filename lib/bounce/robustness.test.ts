/**
 * Hostile and oversized inputs each end with a result or a clear note (timing is measured by the benchmark, not
 * asserted here, so the test cannot flake on a busy machine).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { angleBrackets, bigBounce, binaryJunk, foldedHeader, manyParameters, manyParts, manyRecipients, nestedParts, oneLongLine, regexHostile } from './robustness-inputs';

describe('analyze: robustness', () => {
  it('refuses binary junk politely', async () => {
    const r = await analyze(binaryJunk(500_000));
    expect(r.refused).toBe('binary');
    expect(r.note).toMatch(/binary/);
  });

  it('refuses more than 10 MB without throwing', async () => {
    const r = await analyze(new Uint8Array(10 * 1024 * 1024 + 1).fill(65));
    expect(r.refused).toBe('too-big');
    expect(r.results).toEqual([]);
  });

  it('reads 10,000 nested parts as plain text and still finds the failure', async () => {
    const r = await analyze(nestedParts(10_000));
    expect(r.note).toMatch(/plain text/);
    expect(r.results[0]).toMatchObject({ recipient: 'bob@example.org', status: '5.1.1', reason: 'userunknown' });
  });

  it('survives 10,000 sibling parts', async () => {
    const r = await analyze(manyParts(10_000));
    expect(r.refused).toBeNull();
    expect(r.results.length).toBeGreaterThan(0);
  });

  it('reads a 1 MB single line', async () => {
    const r = await analyze(oneLongLine(1_000_000));
    expect(r.results[0]).toMatchObject({ kind: 'failed', recipient: 'bob@example.org', status: '5.1.1', replyCode: '550' });
  });

  it('ends on regex-hostile text', async () => {
    const r = await analyze(regexHostile(1_000_000));
    expect(r.refused).toBeNull();
    for (const x of r.results) expect(x.recipient === null || x.recipient.length < 320).toBe(true);
  });

  it('gives a full result for a 5 MB bounce that returns its attachment', async () => {
    const r = await analyze(bigBounce(5_000_000));
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ kind: 'failed', recipient: 'bob@example.org', status: '5.2.2', replyCode: '552', reason: 'mailboxfull' });
  });

  it('reads past a header folded 100,000 times', async () => {
    const r = await analyze(foldedHeader(100_000));
    expect(r.results[0]).toMatchObject({ kind: 'failed', recipient: 'bob@example.org', status: '5.1.1', replyCode: '550' });
  });

  it('keeps the parts of a Content-Type with 20,000 parameters', async () => {
    const r = await analyze(manyParameters(20_000));
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ kind: 'failed', recipient: 'bob@example.org', status: '5.1.1' });
  });

  it('caps 10,000 recipient blocks at the result limit', async () => {
    const r = await analyze(manyRecipients(10_000));
    expect(r.results).toHaveLength(500);
    expect(r.results[0]).toMatchObject({ kind: 'failed', recipient: 'user0@example.org', status: '5.1.1' });
  });

  it('ends on a 5 MB line of angle brackets', async () => {
    const r = await analyze(angleBrackets(5_000_000));
    expect(r.refused).toBeNull();
    for (const x of r.results) expect(x.recipient === null || x.recipient.length < 320).toBe(true);
  });

  it('says so for empty input', async () => {
    expect((await analyze('   \n\n')).refused).toBe('empty');
  });
});
