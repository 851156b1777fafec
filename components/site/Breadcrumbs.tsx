/** Home › section › current page. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <a href="/" className="underline-offset-2 hover:underline">Home</a>
        </li>
        {trail.map((t) => (
          <li key={t.href} className="before:mx-1 before:content-['›']">
            <a href={t.href} className="underline-offset-2 hover:underline">{t.label}</a>
          </li>
        ))}
        <li className="before:mx-1 before:content-['›']">
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
