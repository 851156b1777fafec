import { articlesOfKind } from '@/app/_data/articles';
import { pageMetadata } from '@/app/_data/meta';
import { ArticleGroup } from '@/components/site/ArticleList';
import { PageHeader } from '@/components/site/PageHeader';

export const metadata = pageMetadata({
  title: 'Guides: reading bounces and setting up mail',
  description: 'How to see a full bounce and its headers, read its parts, set up a mail client, and deal with bounces for mail you never sent.',
  path: '/guides/',
});

export default function GuidesIndex() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <PageHeader crumb="Guides" title="Guides" />
      <ArticleGroup id="all-guides" title="All guides" items={articlesOfKind('guide')} />
    </div>
  );
}
