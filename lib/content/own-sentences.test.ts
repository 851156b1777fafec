import { describe, expect, it } from 'vitest';
import { articleSentences, checkOwnSentences, ownSentenceShares } from './own-sentences';

const shared = 'This sentence is shared by many pages and has more than twelve words in it for sure.';
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
/** A sentence only page n says (numbers count as one word, so the difference is in words). */
const own = (n: number) => `Page ${WORDS[n % 10]} ${WORDS[Math.floor(n / 10)]} explains its very own code with a sentence of twelve words.`;
const art = (n: number, body: string) => ({ file: `codes/${n}.mdx`, summary: 'Short summary.', faq: [], body });

describe('articleSentences', () => {
  it('keeps distinct sentences of twelve words or more, normalised, without code, headings or markup', () => {
    const body = `## A heading that is long enough to have more than twelve words in it\n\n1. **${shared}** Short one.\n\n\`\`\`text\nA code line that also has more than twelve words in it, which must not count.\n\`\`\``;
    expect(articleSentences({ ...art(1, body), faq: [{ q: 'Why?', a: shared }] })).toEqual([
      'this sentence is shared by many pages and has more than twelve words in it for sure',
    ]);
  });
});

describe('checkOwnSentences', () => {
  it('passes pages whose long sentences are mostly their own', () => {
    const articles = [1, 2, 3, 4, 5].map((n) => art(n, `${own(n)}\n\n${own(n + 10)}\n\n${own(n + 20)}\n\n${shared}`));
    expect(ownSentenceShares(articles).map((s) => s.share)).toEqual([0.75, 0.75, 0.75, 0.75, 0.75]);
    expect(checkOwnSentences(articles)).toEqual([]);
  });

  it('fails a page made of a shared explanation, naming the file and the share', () => {
    const articles = [1, 2, 3, 4].map((n) => art(n, `${own(n)}\n\n${shared}`));
    expect(checkOwnSentences(articles)[0]).toContain('content/codes/1.mdx: body: 1 of 2 long sentences are its own (50%, at least 70% needed');
  });

  it('treats sentences that differ only in their numbers as the same sentence', () => {
    const articles = [1, 2, 3, 4].map((n) => art(n, `${own(n)}\n\nA ${550 + n} reply is not defined by any standard, so read the words after it instead.`));
    expect(ownSentenceShares(articles).map((s) => s.own)).toEqual([1, 1, 1, 1]);
  });

  it('allows a sentence on three pages', () => {
    const articles = [1, 2, 3].map((n) => art(n, shared));
    expect(checkOwnSentences(articles)).toEqual([]);
  });
});
