import type { Article } from '@/lib/content/article';

type Item = Pick<Article, 'url' | 'title' | 'summary'>;

/** A titled group of article links with their one-line summaries. */
export function ArticleGroup({ id, title, intro, items, compact = false }: { id: string; title: string; intro?: string; items: Item[]; compact?: boolean }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {intro && <p className="mt-1 text-slate-700 dark:text-slate-300">{intro}</p>}
      <ul className={compact ? 'mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3' : 'mt-3 space-y-3'}>
        {items.map((a) => (
          <li key={a.url}>
            <a href={a.url} className="font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
              {a.title}
            </a>
            {!compact && <p className="text-sm text-slate-700 dark:text-slate-300">{a.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
