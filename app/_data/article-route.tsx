import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getArticle, getArticles } from './articles';
import { pageMetadata } from './meta';
import { ArticlePage } from '@/components/article/ArticlePage';

/** Everything a /codes/, /errors/ or /guides/ article route needs, for the folder it serves. */
export function articleRoute(folder: 'codes' | 'errors' | 'guides', param: 'code' | 'slug') {
  const inFolder = () => getArticles().filter((a) => a.url.startsWith(`/${folder}/`));
  return {
    generateStaticParams: () => inFolder().map((a) => ({ [param]: a.slug })),
    async generateMetadata({ params }: { params: Promise<Record<string, string>> }): Promise<Metadata> {
      const slug = (await params)[param] ?? '';
      const article = getArticle(`/${folder}/${decodeURIComponent(slug)}/`);
      if (!article) return {};
      return pageMetadata({ title: article.title, description: article.summary, path: article.url });
    },
    async Page({ params }: { params: Promise<Record<string, string>> }) {
      const slug = (await params)[param] ?? '';
      const article = getArticle(`/${folder}/${decodeURIComponent(slug)}/`);
      if (!article) notFound();
      const related = article.related.flatMap((url) => {
        const r = getArticle(url.replace(/#.*$/, ''));
        return r ? [{ url, title: r.title, summary: r.summary }] : [];
      });
      return <ArticlePage article={article} related={related} />;
    },
  };
}
