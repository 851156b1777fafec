/** HTML-only bounces read as text, hostile HTML (open tags, long blank runs) included. */
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

const CASES: Array<[string, string, string]> = [
  ['paragraphs and breaks', '<p>550 5.1.1</p><div>user unknown<br>bob@example.com</div>', '\n550 5.1.1\n\nuser unknown\nbob@example.com\n'],
  ['scripts and styles dropped', '<style>p{}</style>text<script type="x">var a;</script>', 'text'],
  ['entities', 'a &amp; b &lt;c&gt; &#39;d&#39; &unknown;', "a & b <c> 'd' &unknown;"],
  ['blanks before a line end go, the last line keeps them', 'a  \t<br>b  ', 'a\nb  '],
];

/** The global-regex version this replaced (same rules, quadratic on open tags): the scan must agree with it. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const byRegex = (html: string) => html
  .replace(/<(?:script|style)\b[^>]{0,2000}>[^<]*<\/(?:script|style)>/gi, '')
  .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|p|div|tr|li)\b[^>]{0,2000}>/gi, '\n')
  .replace(/<[^>]{0,2000}>/g, '')
  .replace(/&(#?\w{1,8});/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
  .replace(/[ \t]+\n/g, '\n');

/** Deterministic snippets of tag soup: open and closed tags, near misses, long runs, entities, blanks. */
function tagSoup(count: number): string[] {
  const pieces = ['<', '>', '<p', '</p>', '<br>', '<script>', '</script>', '<style x>', '</STYLE>', '<div', ' ', '\t', '\n', 'a', '&amp;', '&lt;', '<h1>', '</h2 >', '<pre>', '<p-x>', '<brx>', '<li', 'x'.repeat(1990), '<a <p> b>', '</'];
  let x = 12345;
  const next = (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return Math.abs(x) % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(30) }, () => pieces[next(pieces.length)]).join(''));
}

describe('htmlToText', () => {
  it('agrees with the regex rules on 3,000 snippets of tag soup', () => {
    const differ = tagSoup(3000).filter((html) => htmlToText(html) !== byRegex(html));
    expect(differ).toEqual([]);
  });

  it.each(CASES)('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  // each was slow before (a pattern retried at every "<" or blank); how the work grows: npm run bench:analyze
  it.each([
    ['a long run of blanks', `a${' '.repeat(30_000)}b`],
    ['many unclosed paragraph tags', '<p '.repeat(30_000)],
    ['many unclosed script tags', '<script '.repeat(30_000)],
  ])('keeps %s as the text it is (no tag closes)', (_name, html) => {
    expect(htmlToText(html)).toBe(html);
  });
});
