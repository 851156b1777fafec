import { host } from '@/host.config';
import { SearchBox } from '../search/SearchBox';

const NAV = [
  { href: '/codes/', label: 'Codes' },
  { href: '/errors/', label: 'Messages' },
  { href: '/guides/', label: 'Guides' },
  { href: '/analyze/', label: 'Analyze a bounce' },
];

/** Site name, the search box and the main sections, on every page. */
export function SiteHeader() {
  return (
    <header className="z-30 sm:sticky sm:top-0 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5">
        <a href="/" className="text-lg font-bold tracking-tight text-blue-800 dark:text-blue-300">
          {host.siteName}
        </a>
        <div className="order-3 w-full sm:order-2 sm:w-auto sm:flex-1">
          <SearchBox supportEmail={host.support.email} />
        </div>
        <nav aria-label="Main" className="order-2 ml-auto sm:order-3">
          <ul className="flex gap-4 text-sm font-medium">
            {NAV.map((n) => (
              <li key={n.href}>
                <a href={n.href} className="text-slate-700 underline-offset-4 hover:underline dark:text-slate-200">
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
