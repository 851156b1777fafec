/**
 * "Own sentences": a shared explanation may repeat across pages, but a page made of it may not. A sentence of
 * MIN_SENTENCE_WORDS words or more is the page's own when it occurs (after normalising case, markup and spacing)
 * on at most MAX_SHARED_PAGES article pages (numbers count as one word, so a template that only swaps the code in is
 * shared); each article needs at least MIN_OWN_SHARE of its long sentences own.
 * Counted: the summary, the FAQ questions and answers, and the body prose (code blocks and headings left out).
 */
import type { Frontmatter } from './schema';

export const MIN_SENTENCE_WORDS = 12;
export const MAX_SHARED_PAGES = 3;
export const MIN_OWN_SHARE = 0.7;

type Source = Pick<Frontmatter, 'summary' | 'faq'> & { body: string; file: string };

/** Body prose without code, headings, tags and link targets; list markers and emphasis dropped. */
function prose(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, '\n\n')
    .replace(/^#+ .*$/gm, '\n\n')
    .replace(/<Host value="([^"]+)" \/>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[[\]*_`]/g, '')
    .replace(/^\s*(?:\d+\.|[-*])\s+/gm, '\n\n');
}

/** The long sentences of a text, normalised for comparison. */
export function longSentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.!?:])\s+(?=["“(]?[A-Z0-9])/))
    .map((s) => s.toLowerCase().replace(/\b\d+(?:\.\d+)*\b/g, '#').replace(/[^a-z# ]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= MIN_SENTENCE_WORDS);
}

/** The distinct long sentences of an article: summary, FAQ and body prose. */
export const articleSentences = (a: Source): string[] =>
  [...new Set([...longSentences(a.summary), ...a.faq.flatMap((f) => [...longSentences(f.q), ...longSentences(f.a)]), ...longSentences(prose(a.body))])];

export interface OwnShare {
  file: string;
  long: number;
  own: number;
  share: number;
}

/** For every article: how many long sentences it has and how many of them are its own. */
export function ownSentenceShares(articles: readonly Source[]): OwnShare[] {
  const pages = new Map<string, number>();
  const perArticle = articles.map((a) => articleSentences(a));
  for (const sentences of perArticle) for (const s of sentences) pages.set(s, (pages.get(s) ?? 0) + 1);
  return articles.map((a, i) => {
    const sentences = perArticle[i] ?? [];
    const own = sentences.filter((s) => (pages.get(s) ?? 0) <= MAX_SHARED_PAGES).length;
    return { file: a.file, long: sentences.length, own, share: sentences.length === 0 ? 1 : own / sentences.length };
  });
}

const describe = (s: OwnShare): string =>
  `${s.own} of ${s.long} long sentences are its own (${Math.round(s.share * 100)}%, at least ${MIN_OWN_SHARE * 100}% needed; a sentence of ${MIN_SENTENCE_WORDS}+ words is shared when it occurs on more than ${MAX_SHARED_PAGES} article pages)`;

/** Errors: one per article below MIN_OWN_SHARE, naming the file and its share. */
export function checkOwnSentences(articles: readonly Source[]): string[] {
  return ownSentenceShares(articles)
    .filter((s) => s.share < MIN_OWN_SHARE)
    .map((s) => `content/${s.file}: body: ${describe(s)}`);
}
