/** The header search form; works without JavaScript by submitting to /search/. */
export function SearchBox() {
  return (
    <form action="/search/" role="search" className="relative">
      <label htmlFor="site-search" className="sr-only">Search codes and messages</label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search a code or message, e.g. 550 5.1.1"
        autoComplete="off"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
    </form>
  );
}
