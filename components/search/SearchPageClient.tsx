'use client';
import { useEffect, useState } from 'react';
import { loadEngine, runSearch, type SearchResult } from './engine';
import { ResultLinks } from './ResultList';

/** The full results page: reads ?q= (so links are shareable and reloads keep the query) and updates it as you type. */
export function SearchPageClient({ supportEmail }: { supportEmail: string }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState(false);

  async function run(q: string) {
    try {
      const index = await loadEngine();
      setResults(runSearch(index, q, 20));
    } catch {
      setError(true);
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    // Restoring the query from the URL once, on load: the page is static, so the URL is only known in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(q);
    void run(q);
  }, []);

  function change(value: string) {
    setQuery(value);
    const url = new URL(window.location.href);
    url.searchParams.set('q', value);
    window.history.replaceState(null, '', url);
    void run(value);
  }

  return (
    <div className="mt-4">
      <form role="search" aria-label="Search the help site" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="page-q" className="font-semibold">Code or words of the error</label>
        <input
          id="page-q"
          name="q"
          type="search"
          value={query}
          onChange={(e) => change(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
        />
      </form>
      <div aria-live="polite" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {error && 'Search could not load. Check your connection and reload the page.'}
        {results && query.trim() && `${results.length === 0 ? 'No' : results.length} result${results.length === 1 ? '' : 's'} for “${query}”`}
      </div>
      {results && results.length > 0 && <ResultLinks results={results} />}
      {results && query.trim() && results.length === 0 && (
        <p className="mt-4">
          Nothing matched. <a className="underline" href="/analyze/">Paste the whole bounce into the analyzer</a>, or
          write to <a className="underline" href={`mailto:${supportEmail}`}>{supportEmail}</a> with the full bounce.
        </p>
      )}
    </div>
  );
}
