/** Lighthouse scores: reading a report, taking the median of several runs, and judging them against the targets. */
import { z } from 'zod';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

/** Lowest acceptable median score (0–100) per category. */
export const TARGETS: Scores = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const reportSchema = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
});

/** The four category scores (0–100) of one Lighthouse JSON report. */
export function scoresOf(json: unknown): Scores {
  const { categories } = reportSchema.parse(json);
  const score = (c: Category) => Math.round((categories[c]?.score ?? 0) * 100);
  return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Per category, the median over runs. */
export function medianScores(runs: readonly Scores[]): Scores {
  const m = (c: Category) => median(runs.map((r) => r[c]));
  return { performance: m('performance'), accessibility: m('accessibility'), 'best-practices': m('best-practices'), seo: m('seo') };
}

/** One line per category below its target ("performance 91 < 95"). */
export function missedTargets(scores: Scores, targets: Scores = TARGETS): string[] {
  return CATEGORIES.filter((c) => !(scores[c] >= targets[c])).map((c) => `${c} ${scores[c]} < ${targets[c]}`);
}
