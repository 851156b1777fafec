import { describe, expect, it } from 'vitest';
import { articleHeadings, buildSearchDocs, toSearchDoc } from './search-doc';

const article = {
  url: '/errors/x/', kind: 'error' as const, title: 'X', summary: 'A summary that answers.', replyCodes: ['550'], statusCodes: ['5.1.1'],
  reasons: ['userunknown' as const], origin: 'host', keywords: ['k'],
  messages: [{ text: 'User unknown', replyCode: '550', statusCode: '5.1.1', origin: 'host' }, { text: 'No such user', origin: 'Exim' }],
  body: '## What to do\n\n1. Step\n\n## Why this happens\n\nText\n\n## Gmail\'s meaning versus the `standard`\n\n### Webmail\n\nLong body text.\n',
};

describe('search documents', () => {
  it('keep codes, titles, messages and extra headings, never the body', () => {
    const doc = toSearchDoc(article);
    expect(doc).toEqual({
      url: '/errors/x/', kind: 'error', title: 'X', summary: 'A summary that answers.', replyCodes: ['550'], statusCodes: ['5.1.1'],
      reasons: ['userunknown'], origin: 'host', keywords: ['k'],
      messages: [{ text: 'User unknown', replyCode: '550', statusCode: '5.1.1' }, { text: 'No such user' }],
      headings: ["Gmail's meaning versus the standard"],
    });
    expect(JSON.stringify(doc)).not.toContain('Long body text');
  });
  it.each([
    ['## What to do\n## Why this happens\n## Example server replies', []],
    ['## If you are the administrator\n## Reading the NDR ##', ['Reading the NDR']],
    ['### Outlook\n#### deep', []],
  ])('headings of %j', (body, expected) => expect(articleHeadings(body)).toEqual(expected));
  it.each([
    ['a standard reply code', 'reply-code', ['421'], [], '<domain> Service not available, closing transmission channel'],
    ['a folklore reply code', 'reply-code', ['447'], [], undefined],
    ['an enhanced code (IANA names are not what servers write)', 'status-code', ['550'], ['5.2.1'], undefined],
    ['an error page', 'error', ['421'], [], undefined],
  ] as const)('carries the standard text of %s: %j', (_name, kind, replyCodes, statusCodes, expected) => {
    expect(toSearchDoc({ ...article, kind, replyCodes: [...replyCodes], statusCodes: [...statusCodes] }).registryTitle).toBe(expected);
  });
  it('sorts by url and omits an absent origin', () => {
    const docs = buildSearchDocs([{ ...article, url: '/z/' }, { ...article, url: '/a/', origin: undefined }]);
    expect(docs.map((d) => d.url)).toEqual(['/a/', '/z/']);
    expect('origin' in (docs[0] ?? {})).toBe(false);
  });
});
