import type { Article } from '@/lib/content/article';
import { registryEntry, replyCodeEntry, replyDigits, SUBJECTS } from '@/lib/codes/lookup';

const REPLY_STATUS_TEXT = {
  standard: 'Defined by a standard',
  'registry-only': 'Only listed in the IANA registry as a companion code; no RFC defines its meaning',
  draft: 'Proposed in an Internet-Draft that expired; not a standard',
  folklore: 'Not defined by any standard',
} as const;

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="min-w-40 font-medium text-slate-700 dark:text-slate-300">{term}</dt>
      <dd className="m-0">{children}</dd>
    </div>
  );
}

function ProviderNote({ provider }: { provider: string | undefined }) {
  if (!provider) return null;
  return (
    <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
      The registry&apos;s meaning, for reference: {provider} uses this code for something else, explained above.
    </p>
  );
}

/**
 * The standard facts about the code in a /codes/ page's URL, from the registry tables (shared by every code page).
 * Shown after the steps; `provider` names a provider whose own meaning of the code the page leads with.
 */
export function CodeFacts({ article, provider }: { article: Article; provider?: string | undefined }) {
  if (article.kind === 'status-code') {
    const entry = registryEntry(article.slug);
    const [cls, subject] = article.slug.split('.');
    return (
      <section aria-labelledby="facts" className="facts mt-6 rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id="facts" className="sr-only">Code facts</h2>
        <ProviderNote provider={provider} />
        <dl className="space-y-1.5 text-sm">
          <Fact term="Registered name">{entry ? `${entry.title}${'deprecated' in entry ? ' (deprecated)' : ''}` : 'Not in the IANA registry'}</Fact>
          <Fact term="Class">{cls === '4' ? '4: temporary failure, a later attempt may succeed' : '5: permanent failure, not to be repeated unchanged'}</Fact>
          <Fact term="Subject">{`${subject}: ${SUBJECTS[subject ?? ''] ?? 'unknown'}`}</Fact>
          {entry && entry.replyCodes.length > 0 && <Fact term="Registry pairs it with">{entry.replyCodes.join(', ')}</Fact>}
          {entry && <Fact term="Defined in">{entry.source}</Fact>}
        </dl>
      </section>
    );
  }
  if (article.kind === 'reply-code') {
    const entry = replyCodeEntry(article.slug);
    const digits = replyDigits(article.slug);
    return (
      <section aria-labelledby="facts" className="facts mt-6 rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id="facts" className="sr-only">Code facts</h2>
        <ProviderNote provider={provider} />
        <dl className="space-y-1.5 text-sm">
          <Fact term="Standard status">{entry ? REPLY_STATUS_TEXT[entry.status] : REPLY_STATUS_TEXT.folklore}</Fact>
          {entry && entry.title && <Fact term="Standard wording">{entry.title}</Fact>}
          {entry && entry.status !== 'folklore' && <Fact term="Defined in">{entry.source}</Fact>}
          <Fact term="First digit">{`${article.slug.charAt(0)}: ${digits.first}`}</Fact>
          <Fact term="Second digit">{`${article.slug.charAt(1)}: ${digits.second}`}</Fact>
        </dl>
      </section>
    );
  }
  return null;
}
