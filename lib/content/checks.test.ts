import { describe, expect, it } from 'vitest';
import { checkArticles, checkProblems, proseWords } from './checks';
import type { Article } from './article';
import { host } from '../../host.config';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function article(over: Partial<Article> & { body?: string } = {}): Article {
  return {
    kind: 'error', title: 'A title', summary: 'A summary that is long enough to pass.', replyCodes: ['550'], statusCodes: [],
    reasons: ['userunknown'], whoActs: 'sender', replyFrom: 'recipient-server', messages: [], keywords: [], related: [],
    references: [], faq: [], lastReviewed: '2026-11-29', file: 'errors/a.mdx', slug: 'a', url: '/errors/a/', bodyLine: 10,
    body: `## What to do\n\n${words(80)}\n\n## Why this happens\n\n${words(90)}\n`,
    ...over,
  };
}

describe('checkArticles', () => {
  it('accepts a complete article', () => {
    expect(checkArticles([article()], host)).toEqual([]);
  });

  it.each([
    ['related page that does not exist', article({ related: ['/codes/999/'] }), 'content/errors/a.mdx: related: /codes/999/ is not a page'],
    ['body link that goes nowhere', article({ body: `${article().body}\nSee [x](/errors/nowhere/).` }), 'link to /errors/nowhere/ goes nowhere'],
    ['unknown host value', article({ body: `${article().body}\n<Host value="maxSpeed" />` }), 'unknown host value "maxSpeed"'],
    ['host token in prose', article({ body: `${article().body}\nUse {{smtpServer}} here.` }), '{{name}} works only inside code'],
    ['missing What to do', article({ body: `## Why this happens\n\n${words(200)}` }), 'missing "## What to do"'],
    ['too little guidance', article({ body: '## What to do\n\nShort.\n\n## Why this happens\n\nShort.' }), 'words of guidance, at least 150'],
  ])('reports a %s', (_name, a, expected) => {
    expect(checkArticles([a], host).join('\n')).toContain(expected);
  });

  it('reports a paragraph copied between articles', () => {
    const shared = 'This paragraph is long enough to count as a real paragraph of guidance, and it appears in two articles word for word.';
    const a = article({ body: `${article().body}\n\n${shared}\n` });
    const b = article({ file: 'errors/b.mdx', slug: 'b', url: '/errors/b/', body: `${article().body}\n\n${shared}\n` });
    expect(checkArticles([a, b], host).join('\n')).toContain('content/errors/b.mdx: body: paragraph copied from content/errors/a.mdx');
  });

  it('counts prose words, not code', () => {
    expect(proseWords('## Heading\n\nOne two three.\n\n```text\nfour five six\n```\n')).toBe(3);
  });
});

const problemArticle = (url: string): Article => ({
  url, file: `${url.slice(1, -1)}.mdx`, slug: url.split('/')[2] ?? '', body: 'x', bodyLine: 1, kind: 'error', title: 'T', summary: 'A summary long enough.',
  replyCodes: [], statusCodes: [], reasons: [], whoActs: 'sender', replyFrom: 'none', messages: [], keywords: [], related: [],
  references: [], faq: [], lastReviewed: '2026-01-01',
});
const ARTICLES = [problemArticle('/errors/a/'), problemArticle('/codes/5.1.1/')];

describe('checkProblems', () => {
  it.each([
    ['every URL exists', [{ slug: 'ok', articles: ['/errors/a/', '/codes/5.1.1/'] }], []],
    ['a URL that is no page', [{ slug: 'bad', articles: ['/errors/a/', '/errors/gone/'] }], ['lib/content/problems.ts: bad: /errors/gone/ is not a page']],
    ['a URL without trailing slash', [{ slug: 'bad', articles: ['/errors/a'] }], ['lib/content/problems.ts: bad: /errors/a is not a page']],
    ['no articles', [{ slug: 'empty', articles: [] }], ['lib/content/problems.ts: empty: lists no article']],
    ['a slug used twice', [{ slug: 'x', articles: ['/errors/a/'] }, { slug: 'x', articles: ['/errors/a/'] }], ['lib/content/problems.ts: x: slug is used twice']],
    ['a slug that is no URL word', [{ slug: 'Not OK', articles: ['/errors/a/'] }], ['lib/content/problems.ts: Not OK: slug must be lower-case words joined by hyphens']],
  ])('%s', (_name, problems, expected) => {
    expect(checkProblems(ARTICLES, problems)).toEqual(expected);
  });
});
