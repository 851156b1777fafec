import type { SearchResult } from './engine';
import { Highlight } from './Highlight';
import { KIND_TEXT } from '@/lib/content/labels';

const KIND_LABEL = Object.fromEntries(Object.entries(KIND_TEXT).map(([kind, t]) => [kind, t.singular]));

function Why({ r }: { r: SearchResult }) {
  const parts = [
    ...(r.why.codes.length > 0 ? [`code ${r.why.codes.join(', ')}`] : []),
    ...(r.why.phrase ? [`“${r.why.phrase}”`] : []),
  ];
  return parts.length > 0 ? <span className="text-xs text-slate-600 dark:text-slate-400">Matched {parts.join(' and ')}</span> : null;
}

/** The header box's listbox of results (options, chosen with arrows or a click). */
export function ResultList({ id, results, active, onPick }: { id: string; results: SearchResult[]; active: number; onPick: (url: string) => void }) {
  return (
    <ul id={id} role="listbox" aria-label="Search results" className="py-1">
      {results.map((r, i) => (
        <li
          key={r.url}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(r.url)}
          className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-blue-100 dark:bg-blue-900/60' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
        >
          <span className="block text-sm font-medium">
            <Highlight text={r.title} terms={[...r.why.codes, ...(r.why.phrase ? [r.why.phrase] : [])]} />
          </span>
          <span className="mr-2 text-xs text-slate-600 dark:text-slate-400">{KIND_LABEL[r.kind]}</span>
          <Why r={r} />
        </li>
      ))}
    </ul>
  );
}

/** The /search/ page's list: plain links with summaries and why each matched. */
export function ResultLinks({ results }: { results: SearchResult[] }) {
  return (
    <ol className="mt-4 space-y-4">
      {results.map((r) => (
        <li key={r.url}>
          <a href={r.url} className="text-lg font-semibold text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
            <Highlight text={r.title} terms={[...r.why.codes, ...(r.why.phrase ? [r.why.phrase] : [])]} />
          </a>
          <p className="text-sm text-slate-700 dark:text-slate-300">{r.summary}</p>
          <p>
            <span className="mr-2 text-xs text-slate-600 dark:text-slate-400">{KIND_LABEL[r.kind]} · {r.url}</span>
            <Why r={r} />
          </p>
        </li>
      ))}
    </ol>
  );
}
