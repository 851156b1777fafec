import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { ComponentProps, ReactNode } from 'react';
import type { Article } from '@/lib/content/article';
import { host } from '@/host.config';
import { hostValues, isHostValueName } from '@/lib/host/values';
import { remarkHostTokens, rehypeCollectHeadings, type TocEntry } from './mdx-plugins';
import { Heading } from './Heading';
import { Callout } from './Callout';
import { CodeNote } from './CodeNote';

const values = hostValues(host);

function Host({ value }: { value: string }) {
  if (!isHostValueName(host, value)) throw new Error(`unknown host value "${value}"`);
  const text = values[value];
  if (/^https?:\/\//.test(text)) return <a href={text}>{text.replace(/^https?:\/\//, '')}</a>;
  if (/^[^@\s]+@[^@\s]+$/.test(text)) return <a href={`mailto:${text}`}>{text}</a>;
  return <>{text}</>;
}

function Pre(props: ComponentProps<'pre'>) {
  return <pre {...props} tabIndex={0} />;
}

function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}

const components = {
  Host,
  Callout,
  CodeNote,
  h2: (p: ComponentProps<'h2'>) => <Heading level={2} {...p} />,
  h3: (p: ComponentProps<'h3'>) => <Heading level={3} {...p} />,
  pre: Pre,
  table: Table,
};

/** Compiles an article's MDX (or one part of it) at build time; returns the rendered body and its headings. */
export async function renderArticleBody(article: Article, source = article.body): Promise<{ content: ReactNode; toc: TocEntry[] }> {
  const toc: TocEntry[] = [];
  try {
    const { default: Content } = await evaluate(source, {
      ...runtime,
      remarkPlugins: [remarkGfm, remarkHostTokens(values, article.file)],
      rehypePlugins: [rehypeSlug, rehypeCollectHeadings(toc)],
    });
    return { content: <Content components={components} />, toc };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`content/${article.file}: body: ${message}`);
  }
}
