/**
 * Runs the analyzer over the shared Sisimai corpus and compares field by field with its expected answers.
 * Used by the corpus test and by `tsx scripts/corpus/corpus-eval.ts` (prints the figures and the misses).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyze } from '../../lib/bounce/analyze';
import type { RecipientResult } from '../../lib/bounce/types';
import { CORPUS_EXCEPTIONS } from './corpus-exceptions';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared next to the repository; BOUNCE_SHARED_DIR points elsewhere (the test of the skip path sets it). */
export const SHARED = process.env.BOUNCE_SHARED_DIR ? resolve(process.env.BOUNCE_SHARED_DIR) : resolve(REPO_ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus/sisimai');

const expectedLine = z.object({
  file: z.string(),
  results: z.array(z.object({ status: z.string(), replycode: z.string(), reason: z.string(), hardbounce: z.boolean(), feedbacktype: z.string() })),
});
type Expected = z.infer<typeof expectedLine>;
export const FIELDS = ['status', 'replycode', 'reason', 'hardbounce'] as const;
type Field = (typeof FIELDS)[number];

export interface Miss { file: string; index: number; field: Field | 'count'; expected: string; actual: string; diagnostic: string; ruleId: string }
export interface DirScore { files: number; withRecipient: number; entries: number; right: Record<Field, number> }
export interface CorpusReport { dirs: Record<string, DirScore>; misses: Miss[]; inconsistent: string[]; seconds: number }

export function corpusAvailable(): boolean {
  return existsSync(SHARED) && existsSync(join(CORPUS, 'expected.jsonl'));
}

function actualValue(r: RecipientResult | undefined, field: Field): string {
  if (!r) return '<none>';
  if (field === 'status') return r.status;
  if (field === 'replycode') return r.replyCode;
  if (field === 'reason') return r.reason ?? '';
  return String(r.hardBounce === true);
}

function expectedValue(e: Expected, index: number, field: Field): string {
  const name = e.file.replace(/^maildir\/\w+\//, '');
  const ex = CORPUS_EXCEPTIONS.find((x) => x.file === name && x.index === index && x.field === field);
  const entry = e.results[index];
  return ex ? String(ex.ours) : String(entry?.[field] ?? '');
}

export async function runCorpus(): Promise<CorpusReport> {
  const lines = readFileSync(join(CORPUS, 'expected.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const report: CorpusReport = { dirs: {}, misses: [], inconsistent: [], seconds: 0 };
  const answers = new Map<string, string>();
  const started = performance.now();
  for (const line of lines) {
    const e = expectedLine.parse(JSON.parse(line));
    const dir = e.file.split('/')[1] ?? '?';
    const score = (report.dirs[dir] ??= { files: 0, withRecipient: 0, entries: 0, right: { status: 0, replycode: 0, reason: 0, hardbounce: 0 } });
    const { results } = await analyze(readFileSync(join(CORPUS, e.file)));
    const bounces = results.filter((r) => r.kind !== 'not-a-bounce');
    const name = e.file.replace(/^maildir\/\w+\//, '');
    score.files++;
    if (bounces.some((r) => r.recipient)) score.withRecipient++;
    const answer = JSON.stringify(results.map((r) => ({ ...r, evidence: undefined })));
    const before = answers.get(name);
    if (before === undefined) answers.set(name, answer);
    else if (before !== answer) report.inconsistent.push(e.file);
    const countException = CORPUS_EXCEPTIONS.find((x) => x.file === name && x.field === 'count');
    const wantCount = countException ? Number(countException.ours) : e.results.length;
    if (bounces.length !== wantCount) {
      report.misses.push({ file: e.file, index: -1, field: 'count', expected: String(e.results.length), actual: String(bounces.length), diagnostic: '', ruleId: '' });
    }
    e.results.slice(0, wantCount).forEach((_, i) => {
      score.entries++;
      for (const field of FIELDS) {
        const want = expectedValue(e, i, field);
        const got = actualValue(bounces[i], field);
        if (want === got) score.right[field]++;
        else report.misses.push({ file: e.file, index: i, field, expected: want, actual: got, diagnostic: bounces[i]?.diagnostic.slice(0, 160) ?? '', ruleId: bounces[i]?.evidence.ruleId ?? '' });
      }
    });
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export function formatScores(report: CorpusReport): string {
  const rows = Object.entries(report.dirs).map(([dir, s]) => {
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
    const fields = FIELDS.map((f) => `${f} ${pct(s.right[f], s.entries)}`).join('  ');
    return `${dir}: files ${s.files}, recipient results ${pct(s.withRecipient, s.files)}  ${fields}`;
  });
  return [...rows, `line-ending differences: ${report.inconsistent.length}`].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await runCorpus();
  const only = process.argv[2];
  for (const m of report.misses) {
    if (!m.file.includes('/bsd/')) continue;
    if (only && m.field !== only) continue;
    console.log(`${m.file.replace('maildir/bsd/', '')} #${m.index} ${m.field}: want ${m.expected} got ${m.actual} [${m.ruleId}] ${m.diagnostic}`);
  }
  console.log(formatScores(report));
  console.log(`inconsistent: ${report.inconsistent.join(' ')}`);
}
