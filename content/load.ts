import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArticle, type Article } from '../lib/content/article';
import { CONTENT_DIR } from './dir';

export { CONTENT_DIR };

/** Reads and validates every article under content/. Throws one error listing every bad file and field. */
export function loadArticles(dir = CONTENT_DIR): Article[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
    .sort();
  const articles: Article[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const result = parseArticle(file, readFileSync(join(dir, file), 'utf8'));
    if (result.ok) articles.push(result.article);
    else errors.push(result.error);
  }
  if (errors.length > 0) throw new Error(`Invalid content (${errors.length}):\n${errors.join('\n')}`);
  return articles;
}
