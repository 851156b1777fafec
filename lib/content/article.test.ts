import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';

const GOOD = `---
kind: error
title: "550 5.1.1 User unknown"
summary: "The address does not exist on the receiving server, so the message was refused."
replyCodes: ["550"]
statusCodes: [5.1.1]
reasons: [userunknown]
whoActs: sender
origin: host
related: [/codes/5.1.1/]
lastReviewed: 2026-11-29
replyFrom: our-server
---

## What to do

Check the address.
`;

const withField = (line: string, replacement: string) => GOOD.replace(line, replacement);

describe('parseArticle accepts a valid article', () => {
  it('derives slug and url from the file name and keeps the body', () => {
    const r = parseArticle('errors/user-unknown.mdx', GOOD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.url).toBe('/errors/user-unknown/');
    expect(r.article.replyCodes).toEqual(['550']);
    expect(r.article.body).toContain('## What to do');
    expect(r.article.messages).toEqual([]);
  });

  it('reads unquoted reply codes as strings and CRLF files like LF files', () => {
    const r = parseArticle('errors/x.mdx', withField('replyCodes: ["550"]', 'replyCodes: [550]').replace(/\n/g, '\r\n'));
    expect(r.ok && r.article.replyCodes).toEqual(['550']);
  });
});

describe('parseArticle names the file and the field of every mistake', () => {
  it.each([
    ['bad whoActs', 'errors/a.mdx', withField('whoActs: sender', 'whoActs: postmaster'), 'content/errors/a.mdx: whoActs:'],
    ['unknown reason', 'errors/a.mdx', withField('reasons: [userunknown]', 'reasons: [nosuchreason]'), 'content/errors/a.mdx: reasons.0:'],
    ['bad status code', 'errors/a.mdx', withField('statusCodes: [5.1.1]', 'statusCodes: [5.1]'), 'content/errors/a.mdx: statusCodes.0:'],
    ['missing title', 'errors/a.mdx', withField('title: "550 5.1.1 User unknown"\n', ''), 'content/errors/a.mdx: title:'],
    ['two-sentence summary', 'errors/a.mdx', withField('so the message was refused.', 'so it failed. Then it bounced.'), 'content/errors/a.mdx: summary:'],
    ['bad date', 'errors/a.mdx', withField('lastReviewed: 2026-11-29', 'lastReviewed: last week'), 'content/errors/a.mdx: lastReviewed:'],
    ['unknown field', 'errors/a.mdx', withField('origin: host', 'origin: host\ncolour: blue'), 'content/errors/a.mdx: frontmatter:'],
    ['bad related path', 'errors/a.mdx', withField('related: [/codes/5.1.1/]', 'related: [codes/5.1.1]'), 'content/errors/a.mdx: related.0:'],
    ['no frontmatter', 'errors/a.mdx', '## What to do\n', 'content/errors/a.mdx: frontmatter:'],
    ['broken YAML', 'errors/a.mdx', GOOD.replace('kind: error', 'kind: [error'), 'content/errors/a.mdx: frontmatter: invalid YAML'],
    ['kind in the wrong folder', 'guides/a.mdx', GOOD, 'content/guides/a.mdx: kind:'],
    ['code page without its code first', 'codes/554.mdx', withField('kind: error', 'kind: reply-code'), 'content/codes/554.mdx: replyCodes: must list "554" first'],
    ['status page in the reply-code kind', 'codes/5.1.1.mdx', withField('kind: error', 'kind: reply-code'), 'content/codes/5.1.1.mdx: kind:'],
    ['failure without a reason', 'errors/a.mdx', withField('reasons: [userunknown]', 'reasons: []'), 'content/errors/a.mdx: reasons:'],
    ['file outside the folders', 'misc/a.mdx', GOOD, 'content/misc/a.mdx: path:'],
    ['unknown replyFrom', 'errors/a.mdx', withField('replyFrom: our-server', 'replyFrom: somewhere'), 'content/errors/a.mdx: replyFrom:'],
    ['missing replyFrom', 'errors/a.mdx', withField('replyFrom: our-server\n', ''), 'content/errors/a.mdx: replyFrom:'],
    ['empty body', 'errors/a.mdx', GOOD.slice(0, GOOD.indexOf('## What')), 'content/errors/a.mdx: body:'],
  ])('%s', (_name, file, text, expected) => {
    const r = parseArticle(file, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(expected);
  });
});
