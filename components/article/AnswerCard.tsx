import type { Article } from '@/lib/content/article';
import { persistenceCard, whoActsCard, type CardState } from '@/lib/content/card';
import { host } from '@/host.config';

const STATE_STYLE: Record<CardState, string> = {
  temporary: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100',
  permanent: 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100',
  'after-retries': 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-100',
  either: 'bg-violet-100 text-violet-900 dark:bg-violet-900/50 dark:text-violet-100',
  none: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
};

const label = 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';

/**
 * The answer first: who has to act and how lasting it is, both derived from the article's codes and replyFrom. The
 * list of codes shows from the small-tablet width up; on a phone the title carries the code and the steps come first.
 */
export function AnswerCard({ article }: { article: Article }) {
  const who = whoActsCard(article);
  const lasting = persistenceCard(article);
  const codes = [...article.replyCodes, ...article.statusCodes.slice(0, 6)];
  return (
    <div className="answer mt-3 grid grid-cols-1 gap-x-4 gap-y-1.5 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2.5 sm:grid-cols-2 sm:py-3 dark:border-slate-700 dark:bg-slate-900">
      <div>
        <p className={label}>Who needs to act</p>
        <p className="font-semibold">{who.title.replace('{host}', host.hostName)}</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">{who.detail}</p>
      </div>
      <div>
        <p className={label}>Temporary or permanent</p>
        <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">
          <span className={`mr-1.5 inline-block rounded px-2 py-px font-semibold ${STATE_STYLE[lasting.state]}`}>{lasting.title}</span>
          {lasting.detail}
        </p>
      </div>
      {codes.length > 0 && (
        <p className="hidden text-sm sm:col-span-2 sm:block">
          <span className="text-slate-600 dark:text-slate-400">Codes: </span>
          {codes.map((c) => (
            <span key={c}>
              <code className="rounded bg-white px-1.5 py-0.5 ring-1 ring-slate-200 dark:bg-slate-800 dark:ring-slate-700">{c}</code>{' '}
            </span>
          ))}
          {article.statusCodes.length > 6 && <span>and {article.statusCodes.length - 6} more</span>}
        </p>
      )}
    </div>
  );
}
