import { loadArticles } from '@/content/load';
import type { Article } from '@/lib/content/article';

/**
 * Every article, parsed and schema-checked (a bad file stops the build naming the file and field). The
 * cross-article checks (links, required pages, copies) run before the build in scripts/build/prebuild.ts.
 */
let loaded: Article[] | null = null;

export function getArticles(): Article[] {
  loaded ??= loadArticles();
  return loaded;
}

let byUrl: Map<string, Article> | null = null;

export function getArticle(url: string): Article | undefined {
  byUrl ??= new Map(getArticles().map((a) => [a.url, a]));
  return byUrl.get(url);
}

export function articlesOfKind(kind: Article['kind']): Article[] {
  return getArticles().filter((a) => a.kind === kind);
}
