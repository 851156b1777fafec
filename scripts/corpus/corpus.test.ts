/**
 * The analyzer against the shared Sisimai corpus (bsd, dos and mac): prints per-field accuracy and fails below
 * the targets. Skips, saying so, on a machine without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, formatScores, runCorpus, type CorpusReport } from './corpus-eval';

const MEASURES = ['recipients', 'status', 'replycode', 'reason', 'hardbounce'] as const;
type Measure = (typeof MEASURES)[number];

/** The targets: the test fails below any of them, on any of bsd, dos and mac. */
const TARGETS: Record<Measure, number> = { recipients: 0.99, status: 0.98, replycode: 0.98, reason: 0.95, hardbounce: 0.98 };

const available = corpusAvailable();
if (!available) console.log('skipped: ../shared not found');

describe.skipIf(!available)('Sisimai corpus', () => {
  let report: CorpusReport;

  it('runs over every file', async () => {
    report = await runCorpus();
    console.log(formatScores(report));
    expect(Object.keys(report.dirs).sort()).toEqual(['bsd', 'dos', 'mac']);
  });

  it('gives the same answers whatever the line endings', () => {
    expect(report.inconsistent).toEqual([]);
  });

  it.each(['bsd', 'dos', 'mac'])('%s meets the targets', (dir) => {
    const s = report.dirs[dir];
    expect(s).toBeDefined();
    if (!s) return;
    const share = (n: number) => n / Math.max(1, s.entries);
    const got: Record<Measure, number> = {
      recipients: s.withRecipient / Math.max(1, s.files),
      status: share(s.right.status),
      replycode: share(s.right.replycode),
      reason: share(s.right.reason),
      hardbounce: share(s.right.hardbounce),
    };
    console.log(`${dir}: ${MEASURES.map((m) => `${m} ${(100 * got[m]).toFixed(1)}% (target ${100 * TARGETS[m]}%)`).join(', ')}`);
    for (const m of MEASURES) expect(got[m], m).toBeGreaterThanOrEqual(TARGETS[m]);
  });
});
