import type { ReactNode } from 'react';
import { Breadcrumbs } from './Breadcrumbs';

/** Breadcrumb, heading and optional introduction of a top-level page (index, search, analyzer). */
export function PageHeader({ crumb, title, children }: { crumb: string; title: string; children?: ReactNode }) {
  return (
    <>
      <Breadcrumbs trail={[]} current={crumb} />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">{title}</h1>
      {children && <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{children}</p>}
    </>
  );
}
