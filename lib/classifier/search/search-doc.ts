/**
 * The compact search document built from each article at build time. Browser and command line share it:
 * codes, title, summary, extra headings, verbatim server messages and keywords — never whole bodies.
 */
import type { Article } from '../../content/article';
import type { ArticleKind } from '../../content/schema';
import type { ReasonId } from '../../reasons';

export interface SearchMessage {
  /** The server's words, without codes. */
  text: string;
  replyCode?: string;
  statusCode?: string;
}

export interface SearchDoc {
  url: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  replyCodes: string[];
  statusCodes: string[];
  reasons: ReasonId[];
  /** "host", "Gmail", "Microsoft 365"...; absent for code pages and guides. */
  origin?: string;
  messages: SearchMessage[];
  keywords: string[];
  /** Topic words this page is THE answer for (frontmatter `topics`); absent when none. */
  topics?: string[];
  /** `##` headings beyond the standard ones every article has. */
  headings: string[];
  /** The document's share of the prepared search index, written by the build (see packSearchDocs in prepare.ts). */
  packed?: string;
}

/** Headings every article carries; they say nothing about the page, so the index leaves them out. */
const STANDARD_HEADINGS = new Set(['what to do', 'why this happens', 'example server replies', 'if you are the administrator']);

export function articleHeadings(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = (m[1] ?? '').replace(/[`*_]/g, '').trim();
    if (text && !STANDARD_HEADINGS.has(text.toLowerCase())) out.push(text);
  }
  return out;
}

type DocSource = Pick<Article, 'url' | 'kind' | 'title' | 'summary' | 'replyCodes' | 'statusCodes' | 'reasons' | 'origin' | 'messages' | 'keywords' | 'topics' | 'body'>;

export function toSearchDoc(a: DocSource): SearchDoc {
  const doc: SearchDoc = {
    url: a.url,
    kind: a.kind,
    title: a.title,
    summary: a.summary,
    replyCodes: [...a.replyCodes],
    statusCodes: [...a.statusCodes],
    reasons: [...a.reasons],
    messages: a.messages.map((m) => ({
      text: m.text,
      ...(m.replyCode ? { replyCode: m.replyCode } : {}),
      ...(m.statusCode ? { statusCode: m.statusCode } : {}),
    })),
    keywords: [...a.keywords],
    headings: articleHeadings(a.body),
  };
  if (a.origin) doc.origin = a.origin;
  if (a.topics?.length) doc.topics = [...a.topics];
  return doc;
}

/** Search documents for every article, in URL order (stable output for the serialized index). */
export function buildSearchDocs(articles: readonly DocSource[]): SearchDoc[] {
  return articles.map(toSearchDoc).sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
}
