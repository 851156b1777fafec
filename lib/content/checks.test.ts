import { describe, expect, it } from 'vitest';
import { checkArticles, proseWords } from './checks';
import type { Article } from './article';
import { host } from '../../host.config';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function article(over: Partial<Article> & { body?: string } = {}): Article {
  return {
    kind: 'error', title: 'A title', summary: 'A summary that is long enough to pass.', replyCodes: ['550'], statusCodes: [],
    reasons: ['userunknown'], whoActs: 'sender', persistence: 'permanent', messages: [], keywords: [], related: [],
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
