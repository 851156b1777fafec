import type { Article } from '@/lib/content/article';
import { KIND_TEXT } from '@/lib/content/labels';
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
import { providerMeaning, splitForFacts } from '@/lib/content/body-sections';
import { AnswerCard } from './AnswerCard';
import { MessageText } from './MessageText';
import { ServerMessages } from './ServerMessages';

/** The breadcrumb's last step: short, because the heading right below says it in full. */
function crumb(a: Article): string {
  if (a.kind === 'reply-code' || a.kind === 'status-code') return a.slug;
  const codes = [a.replyCodes[0], a.statusCodes[0]].filter(Boolean).join(' ');
  return a.kind === 'error' && codes ? `${codes}${a.origin && a.origin !== 'host' ? ` (${a.origin})` : ''}` : a.title;
}

interface Props {
  article: Article;
  /** Titles and summaries of the related articles, resolved by the page. */
  related: Pick<Article, 'url' | 'title' | 'summary'>[];
}

/**
 * The article layout: the answer first (what happened, who acts, how lasting), then the numbered steps, and only then
 * the agent tools, the registry facts and the exact replies, so the first step fits a phone's first screen
 * (e2e/first-screen.spec.ts); then the rest of the guidance.
 */
export async function ArticlePage({ article, related }: Props) {
  const parts = splitForFacts(article.body);
  const lead = await renderArticleBody(article, parts.steps);
  const preamble = await renderArticleBody(article, parts.preamble);
  const rest = await renderArticleBody(article, parts.rest);
  const toc = [...lead.toc, ...rest.toc];
  const twice = toc.find((e, i) => toc.findIndex((f) => f.id === e.id) !== i);
  if (twice) throw new Error(`content/${article.file}: body: two headings share the id "${twice.id}" (the steps and the rest are rendered apart); rename one`);
  const kind = KIND_TEXT[article.kind];
  const snippets = customerSnippets(article, hostValues(host), host.siteUrl);
  const extraToc = [
    ...(article.faq.length > 0 ? [{ id: 'questions', text: 'Questions people ask', depth: 2 as const }] : []),
    ...(related.length > 0 ? [{ id: 'related', text: 'Related articles', depth: 2 as const }] : []),
    ...(article.references.length > 0 ? [{ id: 'references', text: 'References', depth: 2 as const }] : []),
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 pt-3 pb-6 sm:pt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="min-w-0" aria-labelledby="article-title">
        <Breadcrumbs trail={[{ href: kind.path, label: article.kind === 'guide' ? 'Guides' : kind.path === '/codes/' ? 'Codes' : 'Error messages' }]} current={crumb(article)} />
        <p className="mt-4 hidden text-sm font-medium text-slate-600 sm:block dark:text-slate-400">{kind.singular}</p>
        <h1 id="article-title" className="mt-1 text-xl font-bold sm:text-2xl md:text-3xl tracking-tight text-slate-900 dark:text-white">
          <MessageText text={article.title} />
        </h1>
        <StructuredData article={article} />
        <p className="mt-2 text-base text-slate-700 sm:mt-3 sm:text-lg dark:text-slate-200"><MessageText text={article.summary} /></p>
        {article.kind !== 'guide' && <AnswerCard article={article} />}
        <div className="article-body mt-2 max-sm:[&_li]:leading-relaxed max-sm:[&_p]:leading-relaxed max-sm:[&_p]:my-3 [&>h2:first-child]:mt-3">
          {lead.content}
        </div>
        <AgentTools canonicalUrl={`${host.siteUrl}${article.url}`} replyText={snippets.text} replyMarkdown={snippets.markdown} />
        <div className="lg:hidden">
          <Toc entries={[...toc, ...extraToc]} collapsible />
        </div>
        {parts.preamble && <div className="article-body">{preamble.content}</div>}
        <CodeFacts article={article} provider={providerMeaning(article.body)} />
        <ServerMessages article={article} />
        <div className="article-body">
          {rest.content}
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
