import { describe, expect, it } from 'vitest';
import { checkProblems } from './checks';
import type { Article } from './article';

const article = (url: string): Article => ({
  url, file: `${url.slice(1, -1)}.mdx`, slug: url.split('/')[2] ?? '', body: 'x', bodyLine: 1, kind: 'error', title: 'T', summary: 'A summary long enough.',
  replyCodes: [], statusCodes: [], reasons: [], whoActs: 'sender', persistence: 'permanent', messages: [], keywords: [], related: [],
  references: [], faq: [], lastReviewed: '2026-01-01',
});
const ARTICLES = [article('/errors/a/'), article('/codes/5.1.1/')];

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
