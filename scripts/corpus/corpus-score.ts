/** What the corpus evaluations count, shared by the Sisimai set and the extra set, and how the figures print. */
import type { RecipientResult } from '../../lib/bounce/types';

export const FIELDS = ['status', 'replycode', 'reason', 'hardbounce'] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss {
  file: string;
  /** Result index (0-based); -1 for a whole-file measure (count, kind, recipients). */
  index: number;
  field: Field | 'count' | 'kind' | 'recipients';
  expected: string;
  actual: string;
  diagnostic: string;
  ruleId: string;
}

export interface CollectionScore {
  files: number;
  /** Files whose recipients are scored: every Sisimai file; the failed and delayed reports of the extra set. */
  bounces: number;
  /** Sisimai: files with a recipient result at all; extra: files whose failed/delayed recipients are exactly the labelled ones. */
  recipientsRight: number;
  /** Files whose kind (failed, delayed, feedback…) is right; counted for the extra set only. */
  kindRight: number;
  entries: number;
  right: Record<Field, number>;
}

export const emptyScore = (): CollectionScore => ({
  files: 0, bounces: 0, recipientsRight: 0, kindRight: 0, entries: 0, right: { status: 0, replycode: 0, reason: 0, hardbounce: 0 },
});

export function actualValue(r: RecipientResult | undefined, field: Field): string {
  if (!r) return '<none>';
  if (field === 'status') return r.status;
  if (field === 'replycode') return r.replyCode;
  if (field === 'reason') return r.reason ?? '';
  return String(r.hardBounce === true);
}

export const MEASURES = ['recipients', 'status', 'replycode', 'reason', 'hardbounce'] as const;
export type Measure = (typeof MEASURES)[number];

export function shares(s: CollectionScore): Record<Measure, number> {
  const share = (n: number) => n / Math.max(1, s.entries);
  return {
    recipients: s.recipientsRight / Math.max(1, s.bounces),
    status: share(s.right.status),
    replycode: share(s.right.replycode),
    reason: share(s.right.reason),
    hardbounce: share(s.right.hardbounce),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line: "<name>: files 494, recipients 99.2% (490/494)  status 98.1% …". */
export function formatScore(name: string, s: CollectionScore, withKind = false): string {
  const got = shares(s);
  const fields = FIELDS.map((f) => `${f} ${pct(got[f])} (${s.right[f]}/${s.entries})`).join('  ');
  const kind = withKind ? `  kind ${pct(s.kindRight / Math.max(1, s.files))} (${s.kindRight}/${s.files})` : '';
  return `${name}: files ${s.files}, recipients ${pct(got.recipients)} (${s.recipientsRight}/${s.bounces})${kind}  ${fields}`;
}
