/**
 * Linearity, measured: each piece of work that was once quadratic (or could be) timed on an input and on one ten
 * times larger. Linear work gives a ratio of about 10, quadratic about 100 or more; `npm run bench:analyze` prints
 * each ratio and flags one over LINEAR_LIMIT. The unit tests check what these return on hostile inputs, not how fast.
 */
import { liteParse } from '../../lib/bounce/read/mime-lite';
import { readFields } from '../../lib/bounce/read/header-block';
import { htmlToText } from '../../lib/bounce/read/html-text';
import { findConceptRule } from '../../lib/classifier/reasons/concept-match';
import { CONCEPT_RULES } from '../../lib/classifier/reasons/concepts';
import { findRule } from '../../lib/classifier/reasons/find-rule';
import { ruleExamples } from '../../lib/classifier/reasons/known-messages';
import { nearestKnown, prepareKnown } from '../../lib/classifier/reasons/nearest';
import { growth, LINEAR_LIMIT } from './growth';

const head = (extra: string) => ['From: MAILER-DAEMON@mx.example.net', 'To: alice@example.org', 'MIME-Version: 1.0', 'Content-Type: text/plain', extra, '', 'body', ''].join('\n');
const lite = (text: string) => [new TextEncoder().encode(text), text] as const;
const known = prepareKnown(ruleExamples());

interface GrowthCase {
  name: string;
  size: number;
  run: () => Promise<number>;
}

const grows = <T>(name: string, size: number, make: (n: number) => T, work: (input: T) => unknown): GrowthCase => ({ name, size, run: () => growth(make, work, size) });

export const GROWTH_CASES: readonly GrowthCase[] = [
  grows('header fields: folds', 10_000, (n) => `X-Folded: start${'\n a'.repeat(n)}\nSubject: after`, (t) => readFields(t)),
  grows('fast MIME path: folds of a header', 20_000, (n) => lite(head(`X-Folded: a${'\n b'.repeat(n)}`)), ([b, t]) => liteParse(b, t)),
  grows('fast MIME path: blanks inside a header', 2_000, (n) => lite(head(`X-Pad: a${' '.repeat(n)}b`)), ([b, t]) => liteParse(b, t)),
  grows('HTML text: a long run of blanks', 3_000, (n) => `a${' '.repeat(n)}b`, (h) => htmlToText(h)),
  grows('HTML text: unclosed paragraph tags', 3_000, (n) => '<p '.repeat(n), (h) => htmlToText(h)),
  grows('HTML text: unclosed script tags', 3_000, (n) => '<script '.repeat(n), (h) => htmlToText(h)),
  grows('HTML text: tags sharing one far ">"', 3_000, (n) => `${`<p ${'x'.repeat(1990)}`.repeat(Math.ceil(n / 100))}>`, (h) => htmlToText(h)),
  grows('concept rules: a repeated word', 5_000, (n) => `${'user '.repeat(n)}unknown`, (t) => findConceptRule(t, CONCEPT_RULES)),
  grows('localized rows: repeated German words', 5_000, (n) => 'postfach nicht '.repeat(n), (t) => findRule(t, undefined, 'de')),
  grows('localized rows: repeated Chinese words', 5_000, (n) => '邮箱用户'.repeat(n), (t) => findRule(t, undefined, 'zh')),
  grows('nearest known message: a long input', 2_000, (n) => 'mailbox quota '.repeat(n), (t) => nearestKnown(known, t)),
];

export async function growthBench(): Promise<void> {
  console.log(`growth with 10x the input (linear about 10; flagged over ${LINEAR_LIMIT}):`);
  for (const c of GROWTH_CASES) {
    const ratio = await c.run();
    console.log(`  ${c.name} (${c.size.toLocaleString('en')} -> ${(c.size * 10).toLocaleString('en')}): ${ratio.toFixed(1)}x${ratio > LINEAR_LIMIT ? '  NOT LINEAR' : ''}`);
  }
}
