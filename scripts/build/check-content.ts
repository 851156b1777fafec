/**
 * Validates all content: frontmatter, links, host values, sections, length, copies, answer cards against codes,
 * RFC 3463 section links, own sentences (pending pages listed), and that every required
 * page exists. `--partial` (while articles are being written) treats required pages as present and only
 * reports what exists. Exits 1 on any problem.
 */
import { loadArticles } from '../../content/load';
import { compileErrors } from './compile-check';
import { checkArticles, checkCompleteness, checkProblems } from '../../lib/content/checks';
import { PROBLEMS } from '../../lib/content/problems';
import { checkOwnSentences } from '../../lib/content/own-sentences';
import { requiredPaths } from '../../lib/content/required';
import { host } from '../../host.config';

const partial = process.argv.includes('--partial');
try {
  const articles = loadArticles();
  const problemPaths = PROBLEMS.map((p) => `/problems/${p.slug}/`);
  const problems = checkArticles(articles, host, [...problemPaths, ...(partial ? requiredPaths() : [])]);
  if (!partial) problems.push(...checkCompleteness(articles), ...checkProblems(articles, PROBLEMS));
  problems.push(...checkOwnSentences(articles), ...(await compileErrors(articles)));
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  if (problems.length > 0) {
    console.error(`Content problems (${problems.length}):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`content ok: ${articles.length} articles (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')})`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
