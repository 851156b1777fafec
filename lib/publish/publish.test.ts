import { describe, expect, it } from 'vitest';
import { articleMarkdown, bodyMarkdown, llmsTxt, twinPath } from './markdown-twin';
import { openSearchXml, shortName } from './opensearch';

const site = { siteName: 'Bounce Help', siteUrl: 'https://help.example.com', description: 'Bounces & codes <explained>.' };
const article = {
  url: '/codes/5.1.1/', kind: 'status-code' as const, title: '5.1.1: address does not exist', summary: 'The address does not exist.',
  replyCodes: ['550'], statusCodes: ['5.1.1'], whoActs: 'sender' as const, lastReviewed: '2026-11-29',
  slug: '5.1.1', reasons: ['userunknown' as const], messages: [], replyFrom: 'recipient-server' as const,
  body: '## What to do\n\nWrite to at most <Host value="maxRecipients" /> people.\n\n<Callout kind="note">See [5.1.2](/codes/5.1.2/)\nfor domains.</Callout>\n\n```text\n550 5.1.1 from {{primaryInboundServer}}\n```',
  faq: [{ q: 'Will it retry?', a: 'No, a 5.x.x code is final.' }], references: [{ label: 'RFC 3463', url: 'https://www.rfc-editor.org/rfc/rfc3463' }],
};
const values = { maxRecipients: '50', primaryInboundServer: 'mx1.example.net' };

describe('Markdown twins', () => {
  it.each([
    ['/codes/5.1.1/', '/codes/5.1.1/index.md'],
    ['/errors/user-unknown/', '/errors/user-unknown/index.md'],
  ])('%s lives at %s', (url, path) => expect(twinPath(url)).toBe(path));

  it('writes host values in, callouts as quotes, site links absolute', () => {
    const md = bodyMarkdown(article.body, values, site.siteUrl);
    expect(md).toContain('at most 50 people');
    expect(md).toContain('550 5.1.1 from mx1.example.net');
    expect(md).toContain('> **Note:** See [5.1.2](https://help.example.com/codes/5.1.2/)\n> for domains.');
    expect(md).not.toMatch(/<Host|<Callout|\{\{/);
  });

  it('starts with the title and the canonical URL, ends with questions and references', () => {
    const md = articleMarkdown(article, values, site.siteUrl);
    expect(md.split('\n').slice(0, 3)).toEqual(['# 5.1.1: address does not exist', '', 'Canonical URL: https://help.example.com/codes/5.1.1/']);
    expect(md).toContain('**Will it retry?**');
    expect(md).toContain('- Permanent: ');
    expect(md).toContain('- Who acts: ');
    expect(md).toContain('- [RFC 3463](https://www.rfc-editor.org/rfc/rfc3463)');
  });

  it('llms.txt lists every twin under its section', () => {
    const guide = { url: '/guides/read-a-bounce/', kind: 'guide' as const, title: 'Read a bounce', summary: 'How to read one.' };
    const txt = llmsTxt(site, [article, guide]);
    expect(txt.startsWith('# Bounce Help\n\n> Bounces & codes <explained>.')).toBe(true);
    expect(txt).toContain('## Guides\n\n- [Read a bounce](https://help.example.com/guides/read-a-bounce/index.md): How to read one.');
    expect(txt).toContain('## Enhanced status codes\n\n- [5.1.1: address does not exist](https://help.example.com/codes/5.1.1/index.md)');
  });
});

describe('OpenSearch description', () => {
  it('searches the search page with the q parameter, escaped as XML', () => {
    const x = openSearchXml(site);
    expect(x).toContain('template="https://help.example.com/search/?q={searchTerms}"');
    expect(x).toContain('<Description>Bounces &amp; codes &lt;explained&gt;.</Description>');
    expect(x).toContain('<ShortName>Bounce Help</ShortName>');
  });

  it('keeps ShortName within 16 characters', () => expect(shortName('A very long help centre name').length).toBeLessThanOrEqual(16));
});
