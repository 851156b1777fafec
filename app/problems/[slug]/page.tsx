import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getArticle } from '@/app/_data/articles';
import { pageMetadata } from '@/app/_data/meta';
import { ArticleGroup } from '@/components/site/ArticleList';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { PROBLEMS } from '@/lib/content/problems';

type Params = { params: Promise<{ slug: string }> };

const problemOf = (slug: string) => PROBLEMS.find((p) => p.slug === slug);
const sentence = (blurb: string) => `${blurb[0]?.toUpperCase() ?? ''}${blurb.slice(1)}.`;

export const dynamicParams = false;

export function generateStaticParams() {
  return PROBLEMS.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const problem = problemOf((await params).slug);
  if (!problem) return {};
  return pageMetadata({ title: problem.title, description: `${sentence(problem.blurb)} The articles that answer it, most useful first.`, path: `/problems/${problem.slug}/` });
}

/** One problem: its articles with title and summary, most useful first. */
export default async function ProblemPage({ params }: Params) {
  const problem = problemOf((await params).slug);
  if (!problem) notFound();
  const items = problem.articles.flatMap((url) => {
    const a = getArticle(url);
    return a ? [{ url: a.url, title: a.title, summary: a.summary }] : [];
  });
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <Breadcrumbs trail={[{ href: '/problems/', label: 'Problems' }]} current={problem.title} />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">{problem.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{sentence(problem.blurb)}</p>
      <ArticleGroup id="articles" title="Articles that answer it" intro="Start with the first one that matches the words of your bounce." items={items} />
    </div>
  );
}
