'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useEarlyInput } from '../site/use-early-input';
import type { PreparedIndex } from '@/lib/classifier/search/prepare';
import type { SearchResult } from './engine';
import { ResultList } from './ResultList';

type Engine = typeof import('./engine');

/**
 * The header search box: an ARIA combobox. The engine and index load on first focus, so nothing competes with the page load;
 * results update on every keystroke from memory, arrow keys and Enter open a result, "/" or Ctrl/Cmd-K focus it.
 * Without JavaScript it is a plain form that submits to /search/.
 */
export function SearchBox({ supportEmail }: { supportEmail: string }) {
  const id = useId();
  // Text typed before the framework loaded (it loads after the first paint) is searched once it has.
  const input = useEarlyInput<HTMLInputElement>((field) => {
    if (field.value && document.activeElement === field) void update(field.value);
  });
  const engine = useRef<{ mod: Engine; index: PreparedIndex } | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);

  async function ensureEngine() {
    if (engine.current) return engine.current;
    try {
      const mod = await import('./engine');
      engine.current = { mod, index: await mod.loadEngine() };
      setFailed(false);
      return engine.current;
    } catch {
      setFailed(true);
      return null;
    }
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((e.key === 'k' && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing)) {
        e.preventDefault();
        input.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);

  async function update(value: string) {
    setQuery(value);
    setActive(-1);
    const e = await ensureEngine();
    if (!e) return;
    setResults(e.mod.runSearch(e.index, value));
    setOpen(value.trim().length > 0);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const e = await ensureEngine();
    const chosen = active >= 0 ? results[active]?.url : e ? e.mod.exactCodePage(e.index, query) : null;
    window.location.assign(chosen ?? `/search/?q=${encodeURIComponent(query)}`);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open && query.trim()) setOpen(true);
      const n = results.length;
      if (n === 0) return;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  }

  const listId = `${id}-results`;
  const showList = open && query.trim().length > 0;
  return (
    <form action="/search/" role="search" className="relative" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="sr-only">Search codes and messages</label>
      <input
        ref={input}
        id={`${id}-q`}
        name="q"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder="Search a code or message (press /)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => void ensureEngine()}
        onChange={(e) => void update(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900"
      />
      <div
        className={`absolute top-full right-0 left-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900 ${showList ? '' : 'hidden'}`}
      >
        <ResultList id={listId} results={results} active={active} onPick={(url) => window.location.assign(url)} />
        {showList && results.length === 0 && (
          <div className="p-3 text-sm" role="status">
            {failed ? 'Search could not load. Check your connection and try again.' : 'No article matches that.'}{' '}
            <a className="underline" href="/analyze/">Paste the whole bounce into the analyzer</a> or write to{' '}
            <a className="underline" href={`mailto:${supportEmail}`}>{supportEmail}</a>.
          </div>
        )}
      </div>
    </form>
  );
}
