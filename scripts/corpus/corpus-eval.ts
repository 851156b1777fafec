/**
 * Runs the analyzer over the shared corpora and compares field by field with their answers: the Sisimai set
 * (bsd, dos and mac line endings, scored apart) and the extra set (extra-eval.ts). Used by the corpus test and by
 * `npx tsx scripts/corpus/corpus-eval.ts [--extra] [FIELD]`, which prints the misses (bsd, or extra with --extra)
 * and the figures of both collections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyze } from '../../lib/bounce/analyze';
import type { AnalyzeOptions } from '../../lib/bounce/types';
import { CORPUS_EXCEPTIONS } from './corpus-exceptions';
import { actualValue, emptyScore, FIELDS, formatScore, type CollectionScore, type Field, type Miss } from './corpus-score';
import { extraAvailable, runExtra } from './extra-eval';
import { corpusOptions } from './corpus-options';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared next to the repository; BOUNCE_SHARED_DIR points elsewhere (the test of the skip path sets it). */
export const SHARED = process.env.BOUNCE_SHARED_DIR ? resolve(process.env.BOUNCE_SHARED_DIR) : resolve(REPO_ROOT, '../shared');
export const CORPUS = join(SHARED, 'corpus/sisimai');

const expectedLine = z.object({
  file: z.string(),
  results: z.array(z.object({ status: z.string(), replycode: z.string(), reason: z.string(), hardbounce: z.boolean(), feedbacktype: z.string() })),
});
type Expected = z.infer<typeof expectedLine>;

export interface CorpusReport {
  /** The Sisimai set by line endings (bsd, dos, mac). */
  dirs: Record<string, CollectionScore>;
  misses: Miss[];
  /** The extra set, when ../shared has it. */
  extra: { score: CollectionScore; misses: Miss[] } | null;
  inconsistent: string[];
  seconds: number;
}

export function corpusAvailable(): boolean {
  return existsSync(SHARED) && existsSync(join(CORPUS, 'expected.jsonl'));
}

function expectedValue(e: Expected, index: number, field: Field): string {
  const name = e.file.replace(/^maildir\/\w+\//, '');
  const ex = CORPUS_EXCEPTIONS.find((x) => x.file === name && x.index === index && x.field === field);
  const entry = e.results[index];
  return ex ? String(ex.ours) : String(entry?.[field] ?? '');
}

async function runSisimai(report: CorpusReport, options: AnalyzeOptions): Promise<void> {
  const lines = readFileSync(join(CORPUS, 'expected.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const answers = new Map<string, string>();
  for (const line of lines) {
    const e = expectedLine.parse(JSON.parse(line));
    const dir = e.file.split('/')[1] ?? '?';
    const score = (report.dirs[dir] ??= emptyScore());
    const { results } = await analyze(readFileSync(join(CORPUS, e.file)), options);
    const bounces = results.filter((r) => r.kind !== 'not-a-bounce');
    const name = e.file.replace(/^maildir\/\w+\//, '');
    score.files++;
    score.bounces++;
    if (bounces.some((r) => r.recipient)) score.recipientsRight++;
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
}

export async function runCorpus(options: AnalyzeOptions = corpusOptions()): Promise<CorpusReport> {
  const report: CorpusReport = { dirs: {}, misses: [], extra: null, inconsistent: [], seconds: 0 };
  const started = performance.now();
  await runSisimai(report, options);
  if (extraAvailable(SHARED)) report.extra = await runExtra(SHARED, options);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export function formatScores(report: CorpusReport): string {
  const rows = Object.entries(report.dirs).map(([dir, s]) => formatScore(`sisimai ${dir}`, s));
  if (report.extra) rows.push(formatScore('extra', report.extra.score, true));
  return [...rows, `line-ending differences: ${report.inconsistent.length}`].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await runCorpus();
  const extra = process.argv.includes('--extra');
  const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const misses = extra ? report.extra?.misses ?? [] : report.misses.filter((m) => m.file.includes('/bsd/'));
  for (const m of misses) {
    if (only && m.field !== only) continue;
    console.log(`${m.file.replace('maildir/bsd/', '')} #${m.index} ${m.field}: want ${m.expected} got ${m.actual} [${m.ruleId}] ${m.diagnostic}`);
  }
  console.log(formatScores(report));
  console.log(`inconsistent: ${report.inconsistent.join(' ')}`);
}
