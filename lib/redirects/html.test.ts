import { describe, expect, it } from 'vitest';
import { escapeHtml, redirectHtml } from './html';
import type { ChoicePage, MovedPage } from './map';

const moved: MovedPage = { kind: 'moved', path: '/codes/5-1-1/', to: '/codes/5.1.1/' };
const choice: ChoicePage = { kind: 'choice', path: '/codes/550-5.1.1/', pair: '550 5.1.1', targets: [{ url: '/a/', title: 'A & B', summary: 'S' }] };

describe('redirect HTML', () => {
  const site = { siteName: 'Help <Site>', siteUrl: 'https://help.example', stylesheet: '/redirect.css' };
  it.each([
    ['moved page refreshes to its target', moved, '<meta http-equiv="refresh" content="0; url=/codes/5.1.1/">'],
    ['moved page names its canonical URL', moved, '<link rel="canonical" href="https://help.example/codes/5.1.1/">'],
    ['pages are not indexed', moved, '<meta name="robots" content="noindex">'],
    ['text is escaped', moved, 'Help &lt;Site&gt; home'],
    ['choice page links each article', choice, '<li><a href="/a/">A &amp; B</a><p>S</p></li>'],
  ])('%s', (_name, p, expected) => {
    expect(redirectHtml(site, p)).toContain(expected);
  });
  it('has no inline script or style', () => {
    const html = redirectHtml(site, { kind: 'choice', path: '/x/', pair: '550 5.1.1', targets: [] });
    expect(html).not.toMatch(/<script|<style|style=/);
  });
  it.each([['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'], ["it's", 'it&#39;s']])('escapeHtml(%j)', (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });
});
