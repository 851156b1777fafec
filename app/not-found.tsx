import { host } from '@/host.config';

export const metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        There is no page at this address. If you followed a link to a code, search for the code instead: every SMTP
        code and every {host.hostName} server message has its own page.
      </p>
      <form action="/search/" role="search" aria-label="Search the help site" className="mt-6 flex gap-2">
        <label htmlFor="nf-search" className="sr-only">Code or error message</label>
        <input id="nf-search" name="q" type="search" className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900" placeholder="550 5.1.1" />
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">Search</button>
      </form>
      <p className="mt-6">
        <a className="underline" href="/">Home</a> · <a className="underline" href="/codes/">All codes</a> ·{' '}
        <a className="underline" href="/analyze/">Analyze a bounce</a>
      </p>
    </div>
  );
}
