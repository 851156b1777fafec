import type { ReactNode } from 'react';

const STYLES = {
  note: { label: 'Note', className: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40' },
  tip: { label: 'Tip', className: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40' },
  warning: { label: 'Warning', className: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40' },
} as const;

/** A highlighted aside inside an article: `<Callout kind="warning">…</Callout>`. */
export function Callout({ kind = 'note', children }: { kind?: keyof typeof STYLES; children: ReactNode }) {
  const style = STYLES[kind] ?? STYLES.note;
  return (
    <aside className={`callout my-5 rounded-md border-l-4 px-4 py-3 text-[0.95rem] ${style.className}`}>
      <p className="mb-1 font-semibold">{style.label}</p>
      <div>{children}</div>
    </aside>
  );
}
