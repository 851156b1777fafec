/**
 * The Markdown twin of an article (/codes/5.1.1/index.md) for help-desk bots and AI assistants: the article's own
 * text with its canonical URL, the host's values written in, callouts as block quotes and site links made absolute.
 * And /llms.txt, which lists every twin by section.
 */
import type { Article } from '../content/article';
import { persistenceCard, whoActsCard, type CardSource } from '../content/card';
import { HOST_TAG, HOST_TOKEN } from '../host/values';

export type TwinSource = CardSource & Pick<Article, 'url' | 'title' | 'summary' | 'body' | 'faq' | 'references' | 'lastReviewed'>;

/** Where the twin of a page lives: "/codes/5.1.1/" → "/codes/5.1.1/index.md". */
export function twinPath(url: string): string {
  return `${url.endsWith('/') ? url : `${url}/`}index.md`;
}

const CALLOUT = /<Callout\s+kind="(\w+)"\s*>([\s\S]*?)<\/Callout>/g;
/** The MDX body as plain Markdown: host values in place, callouts as quotes, site links absolute. */
export function bodyMarkdown(body: string, values: Readonly<Record<string, string>>, siteUrl: string): string {
  const value = (_m: string, name: string) => values[name] ?? '';
  return body
    .replace(HOST_TAG, value)
    .replace(HOST_TOKEN, value)
    .replace(CALLOUT, (_m, kind: string, text: string) => {
      const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
      return text.trim().split('\n').map((line, i) => `> ${i === 0 ? `**${label}:** ` : ''}${line}`.trimEnd()).join('\n');
    })
    .replace(/\]\(\/(?!\/)/g, `](${siteUrl}/`)
    .trim();
}

/** The answer cards as the page shows them: temporary or permanent, and who acts, each with its one-line detail. */
function cardLines(a: CardSource): string[] {
  const lasting = persistenceCard(a);
  const who = whoActsCard(a);
  return [lasting.state === 'none' ? '' : `- ${lasting.title}: ${lasting.detail}`, `- Who acts: ${who.title}. ${who.detail}`];
}

export function articleMarkdown(a: TwinSource, values: Readonly<Record<string, string>>, siteUrl: string): string {
  const facts = [
    a.replyCodes.length ? `- Reply codes: ${a.replyCodes.join(', ')}` : '',
    a.statusCodes.length ? `- Enhanced status codes: ${a.statusCodes.slice(0, 12).join(', ')}${a.statusCodes.length > 12 ? ` and ${a.statusCodes.length - 12} more` : ''}` : '',
    ...cardLines(a),
    `- Last reviewed: ${a.lastReviewed}`,
  ].filter(Boolean);
  const parts = [`# ${a.title}`, `Canonical URL: ${siteUrl}${a.url}`, `> ${a.summary}`, facts.join('\n'), bodyMarkdown(a.body, values, siteUrl)];
  if (a.faq.length) parts.push(['## Questions', ...a.faq.map((f) => `**${f.q}**\n\n${bodyMarkdown(f.a, values, siteUrl)}`)].join('\n\n'));
  if (a.references.length) parts.push(['## References', a.references.map((r) => `- [${r.label}](${r.url})`).join('\n')].join('\n\n'));
  return `${parts.join('\n\n')}\n`;
}

const SECTIONS: readonly { kind: Article['kind']; heading: string }[] = [
  { kind: 'guide', heading: 'Guides' },
  { kind: 'error', heading: 'Server messages' },
  { kind: 'status-code', heading: 'Enhanced status codes' },
  { kind: 'reply-code', heading: 'SMTP reply codes' },
];

/** /llms.txt (llmstxt.org): the site in one paragraph, then every article's Markdown twin by section. */
export function llmsTxt(site: { siteName: string; siteUrl: string; description: string }, articles: readonly Pick<TwinSource, 'url' | 'kind' | 'title' | 'summary'>[]): string {
  const lines = [
    `# ${site.siteName}`,
    '',
    `> ${site.description}`,
    '',
    'Each article below is a Markdown twin of a page of this site (the same text, with its canonical URL at the top).',
    `Search the site at ${site.siteUrl}/search/?q=<query>; the article list as JSON is at ${site.siteUrl}/api/articles.json.`,
  ];
  for (const { kind, heading } of SECTIONS) {
    const list = articles.filter((a) => a.kind === kind).sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
    if (!list.length) continue;
    lines.push('', `## ${heading}`, '');
    for (const a of list) lines.push(`- [${a.title.replace(/[[\]]/g, '')}](${site.siteUrl}${twinPath(a.url)}): ${a.summary}`);
  }
  return `${lines.join('\n')}\n`;
}
