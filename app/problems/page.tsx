import { pageMetadata } from '@/app/_data/meta';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { PROBLEMS } from '@/lib/content/problems';

export const metadata = pageMetadata({
  title: 'Browse bounces by problem',
  description: 'Bounced mail grouped by what went wrong: wrong or full recipient addresses, blocked servers, login trouble, size limits and spam filters.',
  path: '/problems/',
});

export default function ProblemsIndex() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <Breadcrumbs trail={[]} current="Problems" />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">Browse by problem</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Not sure which code matters? Start from what went wrong.
      </p>
      <ul className="mt-6 space-y-4">
        {PROBLEMS.map((p) => (
          <li key={p.slug}>
            <a href={`/problems/${p.slug}/`} className="text-lg font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
              {p.title}
            </a>
            <p className="text-slate-700 dark:text-slate-300">{p.blurb[0]?.toUpperCase()}{p.blurb.slice(1)}.</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
