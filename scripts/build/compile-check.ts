import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Article } from '../../lib/content/article';

/** Compiles every article's MDX body; returns one line per file that does not compile, with the position. */
export async function compileErrors(articles: readonly Article[]): Promise<string[]> {
  const errors: string[] = [];
  for (const a of articles) {
    try {
      await compile(a.body, { remarkPlugins: [remarkGfm] });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      errors.push(`content/${a.file}: body: ${message} (body starts at line ${a.bodyLine})`);
    }
  }
  return errors;
}
