/**
 * The compact search document built from each article at build time. Browser and command line share it:
 * codes, title, summary, extra headings, verbatim server messages and keywords — never whole bodies.
 */
import type { Article } from '../../content/article';
import type { ArticleKind } from '../../content/schema';
import type { ReasonId } from '../../reasons';
import { templateWords } from '../../content/message-template';
import { replyCodeEntry } from '../../codes/lookup';

export interface SearchMessage {
  /** The server's words, without codes. */
  text: string;
  replyCode?: string;
  statusCode?: string;
  /** On a code page or guide: the error page whose own message this is (its words appear in one of that page's messages). */
  alsoOn?: string;
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
  /** On a standard reply code's page: the RFC's text for it, which servers often send word for word; absent elsewhere. */
  registryTitle?: string;
  /** Topic words this page is THE answer for (frontmatter `topics`); absent when none. */
  topics?: string[];
  /** `##` headings beyond the standard ones every article has. */
  headings: string[];
  /** The document's share of the prepared search index, written by the build (see packSearchDocs in packed-index.ts). */
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
  const registered = registryTitle(a);
  if (registered) doc.registryTitle = registered;
  if (a.origin) doc.origin = a.origin;
  if (a.topics?.length) doc.topics = [...a.topics];
  return doc;
}

/**
 * The standard text of a reply-code page's own code (RFC 5321's "Service not available, closing transmission
 * channel"), which servers send word for word. IANA's names of enhanced codes are names, not what servers write,
 * and several share most words ("Mailing list expansion problem", "... prohibited"), so they are left out.
 */
function registryTitle(a: Pick<DocSource, 'kind' | 'replyCodes'>): string | undefined {
  if (a.kind !== 'reply-code' || !a.replyCodes[0]) return undefined;
  const entry = replyCodeEntry(a.replyCodes[0]);
  return entry?.status === 'standard' ? entry.title : undefined;
}

const squash = (text: string) => templateWords(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Marks each message a code page or guide quotes from an error page (Gmail's words on /codes/5.7.25/): search
 * then sends a query with those words to the error page, which is the message's own.
 */
export function markQuotedMessages(docs: SearchDoc[]): SearchDoc[] {
  const own = docs.filter((d) => d.kind === 'error').flatMap((d) => d.messages.map((m) => ({ url: d.url, text: squash(m.text) })));
  for (const d of docs) {
    if (d.kind === 'error') continue;
    for (const m of d.messages) {
      const text = squash(m.text);
      const page = text.length >= 12 ? own.find((o) => o.text.includes(text)) : undefined;
      if (page) m.alsoOn = page.url;
    }
  }
  return docs;
}

/** Search documents for every article, in URL order (stable output for the serialized index). */
export function buildSearchDocs(articles: readonly DocSource[]): SearchDoc[] {
  return markQuotedMessages(articles.map(toSearchDoc).sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0)));
}
