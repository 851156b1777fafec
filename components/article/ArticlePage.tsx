import type { Article } from '@/lib/content/article';
import { WHO_ACTS_TEXT, PERSISTENCE_TEXT, KIND_TEXT } from '@/lib/content/labels';
import { host } from '@/host.config';
import { renderArticleBody } from './MdxBody';
import { CodeFacts } from './CodeFacts';
import { Toc } from './Toc';
import { Breadcrumbs } from '../site/Breadcrumbs';
import { Heading } from './Heading';
import { AgentTools } from './AgentTools';
import { Feedback } from './Feedback';
import { StructuredData } from './StructuredData';
import { customerSnippets } from '@/lib/content/reply-snippet';
import { hostValues } from '@/lib/host/values';

interface Props {
  article: Article;
  /** Titles and summaries of the related articles, resolved by the page. */
  related: Pick<Article, 'url' | 'title' | 'summary'>[];
}

const PERSISTENCE_STYLE = {
  temporary: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
  permanent: 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100',
  either: 'bg-violet-100 text-violet-900 dark:bg-violet-900/50 dark:text-violet-100',
  none: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
} as const;

/** The article layout: the answer first (what happened, who acts, how lasting), then the guidance and details. */
export async function ArticlePage({ article, related }: Props) {
  const { content, toc } = await renderArticleBody(article);
  const who = WHO_ACTS_TEXT[article.whoActs];
  const persistence = PERSISTENCE_TEXT[article.persistence];
  const kind = KIND_TEXT[article.kind];
  const codes = [...article.replyCodes, ...article.statusCodes.slice(0, 6)];
  const snippets = customerSnippets(article, hostValues(host), host.siteUrl);
  const extraToc = [
    ...(article.faq.length > 0 ? [{ id: 'questions', text: 'Questions people ask', depth: 2 as const }] : []),
    ...(related.length > 0 ? [{ id: 'related', text: 'Related articles', depth: 2 as const }] : []),
    ...(article.references.length > 0 ? [{ id: 'references', text: 'References', depth: 2 as const }] : []),
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="min-w-0" aria-labelledby="article-title">
        <Breadcrumbs trail={[{ href: kind.path, label: article.kind === 'guide' ? 'Guides' : kind.path === '/codes/' ? 'Codes' : 'Error messages' }]} current={article.title} />
        <p className="mt-4 text-sm font-medium text-slate-600 dark:text-slate-400">{kind.singular}</p>
        <h1 id="article-title" className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">
          {article.title}
        </h1>
        <StructuredData article={article} />
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-200">{article.summary}</p>
        <AgentTools canonicalUrl={`${host.siteUrl}${article.url}`} replyText={snippets.text} replyMarkdown={snippets.markdown} />
        {article.kind !== 'guide' && (
          <div className="answer mt-5 grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 dark:border-slate-700 dark:bg-slate-900">
            <div>
              <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Who needs to act</p>
              <p className="mt-1 font-semibold">{who.title.replace('{host}', host.hostName)}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">{who.detail}</p>
            </div>
            <div>
              <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Temporary or permanent</p>
              <p className="mt-1">
                <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${PERSISTENCE_STYLE[article.persistence]}`}>
                  {persistence.title}
                </span>
              </p>
              <p className="text-sm text-slate-700 dark:text-slate-300">{persistence.detail}</p>
            </div>
            {codes.length > 0 && (
              <p className="text-sm sm:col-span-2">
                <span className="text-slate-600 dark:text-slate-400">Codes: </span>
                {codes.map((c) => (
                  <code key={c} className="mr-1.5 rounded bg-white px-1.5 py-0.5 ring-1 ring-slate-200 dark:bg-slate-800 dark:ring-slate-700">
                    {c}
                  </code>
                ))}
                {article.statusCodes.length > 6 && <span>and {article.statusCodes.length - 6} more</span>}
              </p>
            )}
          </div>
        )}
        <CodeFacts article={article} />
        <div className="lg:hidden">
          <Toc entries={[...toc, ...extraToc]} collapsible />
        </div>
        <div className="article-body mt-6">
          {content}
          {article.faq.length > 0 && (
            <section aria-labelledby="questions">
              <Heading level={2} id="questions">Questions people ask</Heading>
              <dl>
                {article.faq.map((f) => (
                  <div key={f.q}>
                    <dt className="font-semibold">{f.q}</dt>
                    <dd className="ml-0">{f.a}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          {related.length > 0 && (
            <section aria-labelledby="related">
              <Heading level={2} id="related">Related articles</Heading>
              <ul>
                {related.map((r) => (
                  <li key={r.url}>
                    <a href={r.url}>{r.title}</a>
                    <span className="text-slate-600 dark:text-slate-400"> — {r.summary}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {article.references.length > 0 && (
            <section aria-labelledby="references">
              <Heading level={2} id="references">References</Heading>
              <ul>
                {article.references.map((r) => (
                  <li key={r.url}>
                    <a href={r.url} rel="noopener">{r.label}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <Feedback url={article.url} endpoint={host.feedbackEndpoint} />
        <p className="mt-8 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          Last reviewed <time dateTime={article.lastReviewed}>{article.lastReviewed}</time>. Still stuck? Write to{' '}
          <a className="underline" href={`mailto:${host.support.email}`}>{host.support.email}</a> with the full bounce.
        </p>
      </article>
      <div className="hidden lg:block">
        <div className="sticky top-20">
          <Toc entries={[...toc, ...extraToc]} />
        </div>
      </div>
    </div>
  );
}
