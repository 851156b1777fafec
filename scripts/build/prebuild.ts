/** Runs before `next build`: validates all content (failing with file and field) and prints the article count per kind. */
import { loadArticles } from '../../content/load';
import { compileErrors } from './compile-check';
import { checkArticles, checkCompleteness, checkProblems } from '../../lib/content/checks';
import { PROBLEMS } from '../../lib/content/problems';
import { checkOwnSentences } from '../../lib/content/own-sentences';
import { host } from '../../host.config';
import { join } from 'node:path';
import { writeSearchIndex } from './search-index';
import { buildWorker } from './build-worker';

try {
  const articles = loadArticles();
  const problemPaths = PROBLEMS.map((p) => `/problems/${p.slug}/`);
  const problems = [
    ...checkArticles(articles, host, problemPaths),
    ...checkCompleteness(articles),
    ...checkProblems(articles, PROBLEMS),
    ...(await compileErrors(articles)),
  ];
  problems.push(...checkOwnSentences(articles));
  if (problems.length > 0) throw new Error(`Content problems (${problems.length}):\n${problems.join('\n')}`);
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const worker = await buildWorker();
  console.log(`Analyzer worker: ${worker.path}, ${(worker.bytes / 1024).toFixed(0)} KiB`);
  const index = writeSearchIndex(join(process.cwd(), 'public', 'search-index.json'));
  console.log(`Search index: ${(index.bytes / 1024).toFixed(0)} KiB, ${(index.gzipBytes / 1024).toFixed(1)} KiB gzip`);
  console.log(`Articles: ${articles.length} (${[...counts].map(([k, n]) => `${k}: ${n}`).join(', ')})`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
