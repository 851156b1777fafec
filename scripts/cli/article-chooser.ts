/**
 * The article chooser the command line hands to analyze(): the search ranking's bestArticle over the index from
 * scripts/build/search-index.ts when that file exists, else a plain code-page lookup in content/codes/.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bestArticle } from '../../lib/classifier/search/article-for';
import type { SearchDoc } from '../../lib/classifier/search/search-doc';
import type { ArticleChooser } from '../../lib/bounce/types';

const HERE = dirname(fileURLToPath(import.meta.url));
const CODES = join(HERE, '..', '..', 'content', 'codes');

function hasLoader(m: unknown): m is { loadSearchIndex: () => SearchDoc[] } {
  return typeof m === 'object' && m !== null && 'loadSearchIndex' in m && typeof m.loadSearchIndex === 'function';
}

/** Status code page, else reply code page, else nothing. */
export const codePageChooser: ArticleChooser = ({ statusCode, replyCode }) => {
  if (statusCode && existsSync(join(CODES, `${statusCode}.mdx`))) return { url: `/codes/${statusCode}/`, why: `status code ${statusCode}` };
  if (replyCode && existsSync(join(CODES, `${replyCode}.mdx`))) return { url: `/codes/${replyCode}/`, why: `reply code ${replyCode}` };
  return null;
};

export async function loadArticleChooser(): Promise<ArticleChooser> {
  const file = join(HERE, '..', 'build', 'search-index.ts');
  if (!existsSync(file)) return codePageChooser;
  try {
    const mod: unknown = await import(pathToFileURL(file).href);
    if (!hasLoader(mod)) return codePageChooser;
    const index = mod.loadSearchIndex();
    return (input) => bestArticle(index, input);
  } catch {
    return codePageChooser;
  }
}
