import type { TocEntry } from './mdx-plugins';

/** "On this page": links to the article's sections. Collapsible on small screens. */
export function Toc({ entries, collapsible = false }: { entries: TocEntry[]; collapsible?: boolean }) {
  if (entries.length < 2) return null;
  const list = (
    <ul className="mt-2 space-y-1.5 text-sm">
      {entries.map((e) => (
        <li key={e.id} className={e.depth === 3 ? 'pl-3' : ''}>
          <a href={`#${e.id}`} className="text-slate-700 underline-offset-2 hover:underline dark:text-slate-300">
            {e.text}
          </a>
        </li>
      ))}
    </ul>
  );
  if (collapsible) {
    return (
      <details className="mt-5 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700 print:hidden">
        <summary className="cursor-pointer text-sm font-semibold">On this page</summary>
        <nav aria-label="On this page (compact)">{list}</nav>
      </details>
    );
  }
  return (
    <nav aria-label="On this page" className="print:hidden">
      <p className="text-sm font-semibold">On this page</p>
      {list}
    </nav>
  );
}
