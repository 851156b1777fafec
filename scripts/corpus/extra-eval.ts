/**
 * Runs the analyzer over ../shared/corpus/extra (101 real messages from two other public collections, labelled by
 * reading each one: extra/README.md) and compares with its labels: the kind of each file, the exact set of failed
 * and delayed recipients of each bounce, and status, reply code, reason and hard/soft of each result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyze } from '../../lib/bounce/analyze';
import { RESULT_KINDS, type AnalyzeOptions } from '../../lib/bounce/types';
import { CORPUS_EXCEPTIONS } from './corpus-exceptions';
import { actualValue, emptyScore, FIELDS, type CollectionScore, type Miss } from './corpus-score';

export const EXTRA = (shared: string) => join(shared, 'corpus/extra');

const labelLine = z.object({
  file: z.string(),
  kind: z.enum(RESULT_KINDS),
  results: z.array(z.object({ recipient: z.string().nullable(), status: z.string(), replycode: z.string(), reason: z.string(), hardbounce: z.boolean() })),
  recipients: z.array(z.string()).optional(),
  confidence: z.enum(['high', 'medium', 'low']),
});
type Label = z.infer<typeof labelLine>;

export function extraAvailable(shared: string): boolean {
  return existsSync(join(EXTRA(shared), 'expected.jsonl'));
}

function labelValue(l: Label, index: number, field: (typeof FIELDS)[number]): string {
  const ex = CORPUS_EXCEPTIONS.find((x) => x.file === l.file && x.index === index && x.field === field);
  if (ex) return String(ex.ours);
  const r = l.results[index];
  if (!r) return '';
  return field === 'replycode' ? r.replycode : field === 'hardbounce' ? String(r.hardbounce) : r[field];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export async function runExtra(shared: string, options: AnalyzeOptions = {}): Promise<{ score: CollectionScore; misses: Miss[] }> {
  const dir = EXTRA(shared);
  const labels = readFileSync(join(dir, 'expected.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => labelLine.parse(JSON.parse(l)));
  const score = emptyScore();
  const misses: Miss[] = [];
  const miss = (file: string, index: number, field: Miss['field'], expected: string, actual: string, diagnostic = '', ruleId = '') =>
    misses.push({ file, index, field, expected, actual, diagnostic, ruleId });
  for (const l of labels) {
    const { results } = await analyze(readFileSync(join(dir, l.file)), options);
    const found = results.filter((r) => r.kind !== 'not-a-bounce');
    score.files++;
    const kind = found[0]?.kind ?? 'not-a-bounce';
    if (kind === l.kind) score.kindRight++;
    else miss(l.file, -1, 'kind', l.kind, kind);
    if (l.kind === 'failed' || l.kind === 'delayed') {
      score.bounces++;
      const want = (l.recipients ?? []).map((a) => a.toLowerCase());
      const got = found.filter((r) => r.kind === 'failed' || r.kind === 'delayed').map((r) => (r.recipient ?? '').toLowerCase());
      if (sameSet(want, got)) score.recipientsRight++;
      else miss(l.file, -1, 'recipients', want.join(' '), got.join(' '));
    }
    l.results.forEach((_, i) => {
      score.entries++;
      const r = found[i];
      for (const field of FIELDS) {
        const want = labelValue(l, i, field);
        const got = actualValue(r, field);
        if (want === got) score.right[field]++;
        else miss(l.file, i, field, want, got, r?.diagnostic.slice(0, 160) ?? '', r?.evidence.ruleId ?? '');
      }
    });
  }
  return { score, misses };
}
