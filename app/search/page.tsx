import { pageMetadata } from '@/app/_data/meta';
import { PageHeader } from '@/components/site/PageHeader';
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
      <PageHeader crumb="Search" title="Search" />
      <SearchPageClient supportEmail={host.support.email} />
    </div>
  );
}
