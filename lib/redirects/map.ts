import type { Article } from '../content/article';

/** What the redirect mapping needs to know about an article. */
export type RedirectSource = Pick<Article, 'url' | 'kind' | 'slug' | 'title' | 'summary' | 'replyCodes' | 'statusCodes' | 'messages'>;

/** A page that sends the visitor on to one article. */
export interface MovedPage {
  kind: 'moved';
  /** Site path of the alias, with trailing slash ("/codes/5-1-1/"). */
  path: string;
  /** Site path of the article it stands for. */
  to: string;
}

/** A page for a reply/status pair that several articles list: the visitor picks one. */
export interface ChoicePage {
  kind: 'choice';
  path: string;
  /** The pair as people write it ("550 5.1.1"). */
  pair: string;
  targets: { url: string; title: string; summary: string }[];
}

export type RedirectPage = MovedPage | ChoicePage;

/** Ways people write "5.1.1" in a URL other than the canonical dots. */
const statusSpellings = (status: string) => [status.replaceAll('.', '-'), status.replaceAll('.', '_')];

/** Reply/status pairs an article lists: its messages' pairs, and for an error page its reply × status codes. */
export function pairsOf(a: RedirectSource): string[] {
  const pairs = a.messages.flatMap((m) => (m.replyCode && m.statusCode ? [`${m.replyCode} ${m.statusCode}`] : []));
  if (a.kind === 'error') for (const r of a.replyCodes) for (const s of a.statusCodes) pairs.push(`${r} ${s}`);
  return [...new Set(pairs)];
}

/** Article kinds in the order a choice page lists them: the specific message before the general code. */
const KIND_ORDER = { error: 0, 'status-code': 1, 'reply-code': 2, guide: 3 } as const;

/**
 * Every alias page the site serves: `/codes/5-1-1/` and `/codes/5_1_1/` for each status-code article, and
 * `/codes/550-5.1.1/` and `/codes/550-5-1-1/` for each reply/status pair some article lists. A pair listed by one
 * article moves to it; a pair listed by several gets a choice page. Aliases that are real pages are left out.
 */
export function redirectPages(articles: readonly RedirectSource[]): RedirectPage[] {
  const real = new Set(articles.map((a) => a.url));
  const pages = new Map<string, RedirectPage>();
  const add = (page: RedirectPage) => {
    if (!real.has(page.path) && !pages.has(page.path)) pages.set(page.path, page);
  };
  for (const a of articles) {
    if (a.kind !== 'status-code') continue;
    for (const s of statusSpellings(a.slug)) add({ kind: 'moved', path: `/codes/${s}/`, to: a.url });
  }
  const byPair = new Map<string, RedirectSource[]>();
  for (const a of articles) for (const p of pairsOf(a)) byPair.set(p, [...(byPair.get(p) ?? []), a]);
  for (const [pair, listing] of [...byPair].sort(([x], [y]) => x.localeCompare(y))) {
    const [reply = '', status = ''] = pair.split(' ');
    const sorted = [...listing].sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.title.localeCompare(y.title));
    for (const s of [status, statusSpellings(status)[0] ?? status]) {
      const path = `/codes/${reply}-${s}/`;
      const only = sorted.length === 1 ? sorted[0] : undefined;
      if (only) add({ kind: 'moved', path, to: only.url });
      else add({ kind: 'choice', path, pair, targets: sorted.map(({ url, title, summary }) => ({ url, title, summary })) });
    }
  }
  return [...pages.values()];
}
