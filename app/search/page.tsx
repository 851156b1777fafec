import { pageMetadata } from '@/app/_data/meta';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { SearchPageClient } from '@/components/search/SearchPageClient';
import { host } from '@/host.config';

export const metadata = pageMetadata({
  title: 'Search',
  description: 'Search every SMTP code and bounce message by code, words or typo.',
  path: '/search/',
});

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <Breadcrumbs trail={[]} current="Search" />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">Search</h1>
      <SearchPageClient supportEmail={host.support.email} />
    </div>
  );
}
