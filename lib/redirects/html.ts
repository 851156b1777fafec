import type { ChoicePage, MovedPage, RedirectPage } from './map';

/** The site-wide facts an alias page needs. */
export interface RedirectSite {
  siteName: string;
  siteUrl: string;
  /** Site path of the stylesheet alias pages share (no inline styles: the pages obey the site's CSP). */
  stylesheet: string;
}

/** Marks a page as an alias page, so a later build may replace it (and never a real page). */
export const ALIAS_MARK = '<meta name="generator" content="bounce-help alias page">';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as const;
const isEntity = (c: string): c is keyof typeof ENTITIES => c in ENTITIES;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (isEntity(c) ? ENTITIES[c] : c));
}

function page(site: RedirectSite, title: string, head: string[], body: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    ALIAS_MARK,
    ...head,
    `<title>${escapeHtml(`${title} | ${site.siteName}`)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(site.stylesheet)}">`,
    '<link rel="icon" href="/favicon.svg">',
    '</head>',
    '<body>',
    '<main>',
    ...body,
    `<p class="home"><a href="/">${escapeHtml(site.siteName)} home</a> · <a href="/search/">Search</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** An alias that moves at once to its article: meta refresh, canonical link and a plain link for everyone else. */
export function movedHtml(site: RedirectSite, p: MovedPage): string {
  const to = escapeHtml(p.to);
  return page(
    site,
    'Moved',
    [`<meta http-equiv="refresh" content="0; url=${to}">`, `<link rel="canonical" href="${escapeHtml(site.siteUrl)}${to}">`],
    ['<h1>This page has moved</h1>', `<p>Continue to <a href="${to}">${escapeHtml(site.siteUrl)}${to}</a>.</p>`],
  );
}

/** A reply/status pair several articles list: each article with its title and summary. */
export function choiceHtml(site: RedirectSite, p: ChoicePage): string {
  const pair = escapeHtml(p.pair);
  return page(site, `${p.pair}: ${p.targets.length} articles`, [], [
    `<h1>Bounces with <code>${pair}</code></h1>`,
    `<p>${p.targets.length} articles cover this pair of codes. Pick the one whose message matches your bounce.</p>`,
    '<ul>',
    ...p.targets.map((t) => `<li><a href="${escapeHtml(t.url)}">${escapeHtml(t.title)}</a><p>${escapeHtml(t.summary)}</p></li>`),
    '</ul>',
  ]);
}

export function redirectHtml(site: RedirectSite, p: RedirectPage): string {
  return p.kind === 'moved' ? movedHtml(site, p) : choiceHtml(site, p);
}
