import type { ReasonGuess } from '@/lib/bounce/types';
import { REASONS } from '@/lib/reasons';
import type { ArticleInfo } from './VerdictCard';

/** "Did you mean gmail.com?" for a recipient whose provider domain looks misspelt. */
export function TypoHint({ recipient, typo }: { recipient: string | null; typo: { typed: string; suggested: string } }) {
  const local = recipient ? recipient.slice(0, recipient.lastIndexOf('@')) : '';
  return (
    <p role="note" className="mt-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
      <span className="font-semibold">Did you mean {local ? `${local}@${typo.suggested}` : typo.suggested}? </span>
      The address was written with <code>{typo.typed}</code>, one letter away from <code>{typo.suggested}</code>, a large
      mailbox provider. Check the address with the recipient before sending again.
    </p>
  );
}

/** The article a guess points to: "nearest:/errors/user-unknown/" names it; a rule-based guess names none. */
function guessUrl(guess: ReasonGuess): string | null {
  const m = /^nearest:(\/[\w./-]*)$/.exec(guess.ruleId);
  return m?.[1] ?? null;
}

/**
 * The closest known server messages, each with its article: when no rule named the reason (then the reason is
 * unclear and these are the best guesses), or when the closest one decided it (then it is the evidence).
 */
export function ReasonGuesses({ guesses, decided, articleFor }: { guesses: readonly ReasonGuess[]; decided: boolean; articleFor: (url: string) => ArticleInfo | null }) {
  return (
    <div role="note" aria-label="Closest known messages" className="mt-3 rounded-md border border-slate-400 p-3 text-sm dark:border-slate-500">
      <p className="font-semibold">{decided ? 'No rule names these words; the reason comes from the closest known message:' : 'The reason is unclear; closest known messages:'}</p>
      <ol className="mt-1 list-decimal pl-5">
        {guesses.slice(0, 2).map((g) => {
          const url = guessUrl(g);
          const title = url ? (articleFor(url)?.title ?? url) : null;
          return (
            <li key={`${g.ruleId} ${g.message}`} className="mt-1">
              <span className="font-medium">{REASONS[g.reason].label}</span>
              {g.message && <> (<code className="break-words">{g.message}</code>)</>}
              {url && title && (
                <>
                  {': '}
                  <a href={url} className="text-blue-800 underline dark:text-blue-300">{title}</a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
