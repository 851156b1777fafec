/** HTML-only bounces read as text; hostile HTML (open tags, long blank runs) costs linear time. */
import { describe, expect, it } from 'vitest';
import { growth } from '../robustness-growth';
import { htmlToText } from './html-text';

const CASES: Array<[string, string, string]> = [
  ['paragraphs and breaks', '<p>550 5.1.1</p><div>user unknown<br>bob@example.com</div>', '\n550 5.1.1\n\nuser unknown\nbob@example.com\n'],
  ['scripts and styles dropped', '<style>p{}</style>text<script type="x">var a;</script>', 'text'],
  ['entities', 'a &amp; b &lt;c&gt; &#39;d&#39; &unknown;', "a & b <c> 'd' &unknown;"],
  ['blanks before a line end go, the last line keeps them', 'a  \t<br>b  ', 'a\nb  '],
];

describe('htmlToText', () => {
  it.each(CASES)('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  // each case was quadratic before: a pattern retried from every start scanned the whole run
  it.each([
    ['a long run of blanks', (n: number) => `a${' '.repeat(n)}b`],
    ['many unclosed paragraph tags', (n: number) => '<p '.repeat(n)],
    ['many unclosed script tags', (n: number) => '<script '.repeat(n)],
  ])('grows linearly with %s', async (_name, make) => {
    expect(await growth((n) => htmlToText(make(n)), 3_000, 3)).toBeLessThan(35);
  });
});
