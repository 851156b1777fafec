import type { Article } from './article';

/** One entry of out/api/articles.json (a public format: keys and order are fixed). */
export function toApiEntry(a: Article) {
  return {
    url: a.url,
    kind: a.kind,
    title: a.title,
    summary: a.summary,
    replyCodes: a.replyCodes,
    statusCodes: a.statusCodes,
    reasons: a.reasons,
  };
}
