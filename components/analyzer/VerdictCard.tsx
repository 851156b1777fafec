'use client';
import { useState } from 'react';
import type { VerdictFacts } from '@/lib/bounce/verdict/explain';
import { explain, summaryText, customerReply } from '@/lib/bounce/verdict/explain';
import { encodeVerdict } from '@/lib/bounce/verdict/permalink';
import { copyText } from '../site/copy-text';
import { Highlight } from '../search/Highlight';
import type { ReasonGuess } from '@/lib/bounce/types';
import { ReasonGuesses, TypoHint } from './VerdictHints';

export interface ArticleInfo {
  title: string;
  summary: string;
}

interface Props {
  facts: VerdictFacts;
  recipients: string[];
  remoteMta: string;
  evidence: { ruleId: string; lines: string[] } | null;
  article: ArticleInfo | null;
  hostName: string;
  siteUrl: string;
  headingId: string;
  /** A likely misspelt provider domain in the recipient. */
  typo?: { typed: string; suggested: string } | undefined;
  /** The closest known messages when no rule named the reason, and the article titles they link to. */
  guesses?: readonly ReasonGuess[] | undefined;
  articleFor?: (url: string) => ArticleInfo | null;
  /** The bounce answers a forged message: nobody on the customer's side needs to act. */
  backscatter?: boolean;
}

const FORGED_NOTE = 'This bounce answers a message someone else sent with your address as the sender (backscatter): you did not send it and there is nothing to fix. Details of the failed forged message:';
const NOBODY_FORGED = { title: 'Nobody on your side', detail: 'The failed message was forged with your address; there is nothing to fix or resend.' };

const TONE = {
  failed: 'border-rose-600',
  delayed: 'border-amber-600',
  delivered: 'border-emerald-600',
  feedback: 'border-violet-600',
  autoreply: 'border-sky-600',
  'not-a-bounce': 'border-slate-500',
} as const;

function CopyButton({ label, text }: { label: string; text: () => string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
      onClick={async () => {
        if (await copyText(text())) {
          setDone(true);
          window.setTimeout(() => setDone(false), 2000);
        }
      }}
    >
      {done ? 'Copied' : label}
      <span className="sr-only" role="status">{done ? `${label}: copied` : ''}</span>
    </button>
  );
}

/** One verdict: what happened, who acts, the evidence, the article, and copy buttons. All text is rendered as text. */
export function VerdictCard({ facts, recipients, remoteMta, evidence, article, hostName, siteUrl, headingId, typo, guesses, articleFor, backscatter = false }: Props) {
  const e = explain({ ...facts, recipient: recipients.length === 1 ? (recipients[0] ?? null) : null }, hostName);
  const who = backscatter ? NOBODY_FORGED : e.who;
  const forged = (text: string) => (backscatter ? `${FORGED_NOTE}\n\n${text}` : text);
  const codes = [facts.replyCode, facts.status].filter(Boolean);
  const shareUrl = () => `${siteUrl}/analyze/#${encodeVerdict(facts)}`;
  return (
    <section aria-labelledby={headingId} className={`mt-6 rounded-lg border border-l-4 border-slate-200 p-4 dark:border-slate-700 ${TONE[facts.kind]}`}>
      <h3 id={headingId} className="text-lg font-semibold">{e.headline}</h3>
      <p className="mt-1">{backscatter ? 'The failed message was forged with your address: you did not send it, so there is nothing to change or resend.' : e.detail}</p>
      {recipients.length > 1 && (
        <p className="mt-2 text-sm">
          <span className="font-medium">{recipients.length} recipients: </span>
          {recipients.join(', ')}
        </p>
      )}
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Who needs to act</dt>
        <dd className="m-0">{who.title}. {who.detail}</dd>
        {codes.length > 0 && (<><dt className="font-medium">Codes</dt><dd className="m-0"><code>{codes.join(' ')}</code></dd></>)}
        {remoteMta && (<><dt className="font-medium">Server</dt><dd className="m-0"><code>{remoteMta}</code>{facts.ourServer ? ` (${hostName})` : ''}</dd></>)}
        {facts.diagnostic && (<><dt className="font-medium">Server said</dt><dd className="m-0 break-words"><code>{facts.diagnostic}</code></dd></>)}
      </dl>
      {typo && <TypoHint recipient={recipients.length === 1 ? (recipients[0] ?? null) : null} typo={typo} />}
      {guesses && guesses.length > 0 && <ReasonGuesses guesses={guesses} decided={evidence?.ruleId.startsWith('nearest:') ?? false} articleFor={articleFor ?? (() => null)} />}
      {article && facts.article && (
        <p className="mt-3">
          <a href={facts.article} className="font-semibold text-blue-800 underline dark:text-blue-300">{article.title}</a>
          <span className="block text-sm text-slate-700 dark:text-slate-300">{article.summary}</span>
        </p>
      )}
      {evidence && evidence.lines.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">Evidence (rule {evidence.ruleId})</summary>
          <pre tabIndex={0} className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 whitespace-pre-wrap dark:bg-slate-800">
            {evidence.lines.map((line, i) => (
              <span key={i} className="block">
                <Highlight text={line} terms={codes} />
              </span>
            ))}
          </pre>
        </details>
      )}
      <div className="mt-4 flex flex-wrap gap-2 print:hidden">
        <CopyButton label="Copy summary" text={() => forged(summaryText(facts, hostName, siteUrl))} />
        <CopyButton label="Copy a reply for the customer" text={() => forged(customerReply(facts, hostName, siteUrl, article?.title ?? null))} />
        <CopyButton label="Copy share link" text={shareUrl} />
      </div>
    </section>
  );
}
