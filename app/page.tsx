import { host } from '@/host.config';
import { pageMetadata } from '@/app/_data/meta';
import { getArticle } from '@/app/_data/articles';
import { PasteBox } from '@/components/analyzer/PasteBox';
import { POPULAR_CODES, PROBLEMS } from '@/lib/content/problems';

export const metadata = pageMetadata({
  title: `${host.siteName}: what your email bounce means and what to do`,
  description: `Look up any SMTP code or bounce message, or paste a whole bounce: ${host.siteName} tells you what went wrong, who has to act and how to fix it.`,
  path: '/',
});

export default function Home() {
  const popular = POPULAR_CODES.flatMap((c) => {
    const a = getArticle(`/codes/${c}/`);
    // "550: requested action not taken, … (…)" → "requested action not taken, …": the words after the code.
    const words = a?.title.replace(/^[^:]*:\s*/, '').replace(/\s*\(.*\)$/, '') ?? '';
    return a ? [{ code: c, url: a.url, words }] : [];
  });
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">What does your bounce mean?</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        Type the code or the words of the error, or paste the whole bounce. You will see what went wrong, who has to
        act and exactly what to do.
      </p>
      <form action="/search/" role="search" aria-label="Search the help site" className="mt-6 flex max-w-3xl gap-2">
        <label htmlFor="home-search" className="sr-only">Code or error message</label>
        <input
          id="home-search"
          name="q"
          type="search"
          placeholder="550 5.1.1, relay access denied, mailbox full…"
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base dark:border-slate-500 dark:bg-slate-900"
        />
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2.5 font-semibold text-white hover:bg-blue-800">
          Search
        </button>
      </form>
      <PasteBox />
      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="browse-code">
          <h2 id="browse-code" className="text-xl font-semibold">Browse by code</h2>
          <ul className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2">
            {popular.map((p) => (
              <li key={p.code}>
                <a href={p.url} className="block rounded-md border border-slate-200 px-3 py-2 hover:border-blue-600 dark:border-slate-700">
                  <code className="font-semibold">{p.code}</code>
                  <span className="block text-sm text-slate-700 dark:text-slate-300">{p.words}</span>
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <a href="/codes/" className="font-medium text-blue-800 underline dark:text-blue-300">All reply and status codes</a>
          </p>
        </section>
        <section aria-labelledby="browse-problem">
          <h2 id="browse-problem" className="text-xl font-semibold">Browse by problem</h2>
          <ul className="mt-3 space-y-2">
            {PROBLEMS.map((p) => (
              <li key={p.slug}>
                <a href={`/problems/${p.slug}/`} className="font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
                  {p.title}
                </a>
                <span className="text-slate-700 dark:text-slate-300"> — {p.blurb}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <a href="/problems/" className="font-medium text-blue-800 underline dark:text-blue-300">All problems</a>
          </p>
        </section>
      </div>
    </div>
  );
}
