import { articlesOfKind } from '@/app/_data/articles';
import { pageMetadata } from '@/app/_data/meta';
import { ArticleGroup } from '@/components/site/ArticleList';
import { PageHeader } from '@/components/site/PageHeader';
import { host } from '@/host.config';

export const metadata = pageMetadata({
  title: 'Bounce messages explained',
  description: `Every message ${host.hostName}'s mail servers send, and the common bounce messages of Gmail, Microsoft 365, Yahoo, iCloud and mail software.`,
  path: '/errors/',
});

export default function ErrorsIndex() {
  const errors = articlesOfKind('error').sort((a, b) => a.title.localeCompare(b.title));
  const ours = errors.filter((a) => a.origin === 'host');
  const origins = [...new Set(errors.filter((a) => a.origin !== 'host').map((a) => a.origin ?? 'Other'))].sort();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <PageHeader crumb="Error messages" title="Bounce messages">
        Find the words of your bounce below, or paste the whole bounce into the <a className="underline" href="/analyze/">analyzer</a>.
      </PageHeader>
      <ArticleGroup id="ours" title={`Sent by ${host.hostName}'s servers`} items={ours} />
      {origins.map((o) => (
        <ArticleGroup
          key={o}
          id={`from-${o.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}
          title={`From ${o}`}
          items={errors.filter((a) => (a.origin ?? 'Other') === o && a.origin !== 'host')}
        />
      ))}
    </div>
  );
}
