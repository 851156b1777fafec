/**
 * The article chooser the command line hands to analyze(): the search ranking's bestArticle over the search
 * index (scripts/cli/content-cache.ts), else, when the index cannot be built, a plain code-page lookup in
 * content/codes/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bestArticle } from '../../lib/classifier/search/article-for';
import type { ArticleChooser } from '../../lib/bounce/types';
import { CONTENT_DIR } from '../../content/dir';
import { loadCliSearchIndex } from './content-cache';

const CODES = join(CONTENT_DIR, 'codes');

/** Status code page, else reply code page, else nothing. */
export const codePageChooser: ArticleChooser = ({ statusCode, replyCode }) => {
  if (statusCode && existsSync(join(CODES, `${statusCode}.mdx`))) return { url: `/codes/${statusCode}/`, why: `status code ${statusCode}` };
  if (replyCode && existsSync(join(CODES, `${replyCode}.mdx`))) return { url: `/codes/${replyCode}/`, why: `reply code ${replyCode}` };
  return null;
};

/**
 * bestArticle over the index, remembered per distinct input: a folder of bounces repeats the same server
 * messages and codes many times, and the answer depends on nothing else.
 */
export async function loadArticleChooser(): Promise<ArticleChooser> {
  try {
    const index = await loadCliSearchIndex();
    const seen = new Map<string, ReturnType<ArticleChooser>>();
    return (input) => {
      const key = JSON.stringify(input);
      let answer = seen.get(key);
      if (answer === undefined) {
        answer = bestArticle(index.docs, input);
        if (seen.size < 10_000) seen.set(key, answer);
      }
      return answer;
    };
  } catch {
    return codePageChooser;
  }
}
