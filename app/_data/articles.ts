import { cache } from 'react';
import { loadArticles } from '@/scripts/load-content';
import type { Article } from '@/lib/content/article';

/**
 * Every article, parsed and schema-checked (a bad file stops the build naming the file and field). The
 * cross-article checks (links, required pages, copies) run before the build in scripts/prebuild.ts.
 */
export const getArticles = cache((): Article[] => loadArticles());

export function getArticle(url: string): Article | undefined {
  return getArticles().find((a) => a.url === url);
}

export function articlesOfKind(kind: Article['kind']): Article[] {
  return getArticles().filter((a) => a.kind === kind);
}
