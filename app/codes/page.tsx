import { articlesOfKind } from '@/app/_data/articles';
import { pageMetadata } from '@/app/_data/meta';
import { ArticleGroup } from '@/components/site/ArticleList';
import { PageHeader } from '@/components/site/PageHeader';
import { SUBJECTS } from '@/lib/codes/lookup';

export const metadata = pageMetadata({
  title: 'All SMTP reply codes and enhanced status codes',
  description: 'Every three-digit SMTP reply code and every enhanced status code (4.x.x and 5.x.x), each with what it means and what to do.',
  path: '/codes/',
});

const byCode = (a: { slug: string }, b: { slug: string }) =>
  a.slug.split('.').map(Number).join('.').localeCompare(b.slug.split('.').map(Number).join('.'), 'en', { numeric: true });

export default function CodesIndex() {
  const replies = articlesOfKind('reply-code').sort(byCode);
  const statuses = articlesOfKind('status-code').sort(byCode);
  const replyGroups = [
    { id: 'r5', title: '5xx: permanent failures', items: replies.filter((a) => a.slug.startsWith('5')) },
    { id: 'r4', title: '4xx: temporary failures', items: replies.filter((a) => a.slug.startsWith('4')) },
    { id: 'r23', title: '2xx and 3xx: success and go-ahead', items: replies.filter((a) => /^[23]/.test(a.slug)) },
    { id: 'r1', title: 'Numbers that are not SMTP replies', items: replies.filter((a) => a.slug.startsWith('1')) },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <PageHeader crumb="Codes" title="SMTP codes">
        A bounce usually carries two codes: a three-digit reply code such as 550, and an enhanced status code such as
        5.1.1 that says more precisely what went wrong. Open the more specific one first.
      </PageHeader>
      {replyGroups.map((g) => (
        <ArticleGroup key={g.id} id={g.id} title={`Reply codes ${g.title}`} items={g.items} compact />
      ))}
      {['5', '4'].map((cls) =>
        Object.entries(SUBJECTS).map(([subject, about]) => (
          <ArticleGroup
            key={`${cls}.${subject}`}
            id={`s${cls}-${subject}`}
            title={`${cls}.${subject}.x: ${about}`}
            items={statuses.filter((a) => a.slug.startsWith(`${cls}.${subject}.`))}
            compact
          />
        )),
      )}
    </div>
  );
}
