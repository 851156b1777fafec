import type { Article } from '@/lib/content/article';
import { MessageText } from './MessageText';

/** The verbatim replies this article covers (frontmatter `messages`), variable parts shown as labelled tokens. */
export function ServerMessages({ article }: { article: Article }) {
  if (article.messages.length === 0) return null;
  return (
    <section aria-labelledby="server-messages" className="mt-4 rounded-lg border border-slate-200 px-4 py-3 text-sm dark:border-slate-700">
      <h2 id="server-messages" className="font-semibold text-slate-900 dark:text-white">The exact replies this page covers</h2>
      <ul className="mt-2 space-y-1.5">
        {article.messages.map((m) => (
          <li key={`${m.origin}-${m.replyCode ?? ''}-${m.statusCode ?? ''}-${m.text}`} className="break-words">
            <code className="text-slate-900 dark:text-slate-100">
              {[m.replyCode, m.statusCode].filter(Boolean).join(' ')}
              {m.replyCode || m.statusCode ? ' ' : ''}
              <MessageText text={m.text} />
            </code>
            <span className="text-slate-600 dark:text-slate-400"> — {m.origin === 'host' ? 'our servers' : m.origin}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
