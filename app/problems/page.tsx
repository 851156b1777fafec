import { pageMetadata } from '@/app/_data/meta';
import { PageHeader } from '@/components/site/PageHeader';
import { PROBLEMS } from '@/lib/content/problems';

export const metadata = pageMetadata({
  title: 'Browse bounces by problem',
  description: 'Bounced mail grouped by what went wrong: wrong or full recipient addresses, blocked servers, login trouble, size limits and spam filters.',
  path: '/problems/',
});

export default function ProblemsIndex() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <PageHeader crumb="Problems" title="Browse by problem">
        Not sure which code matters? Start from what went wrong.
      </PageHeader>
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
