import type { MessageFacts } from '@/lib/bounce/types';

const BACKSCATTER_GUIDE = '/guides/bounce-for-mail-i-never-sent/';

interface Props {
  message: MessageFacts | undefined;
  hostName: string;
}

/** Facts about the whole message, above the verdicts: a bounce of a forged message, and the report's language. */
export function MessageNotices({ message, hostName }: Props) {
  if (!message) return null;
  const { backscatter, language } = message;
  return (
    <>
      {language && (
        <p className="mt-2 text-sm" data-testid="report-language">
          <span className="font-medium">Report language: </span>
          {language.name}. The verdict is in English; the codes and the server&apos;s words were read from the {language.name} text.
        </p>
      )}
      {backscatter && (
        <section
          aria-labelledby="backscatter-heading"
          className="mt-6 rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50"
        >
          <h3 id="backscatter-heading" className="text-lg font-semibold">You did not send this message: nothing needs fixing on your side</h3>
          <p className="mt-1">
            This bounce answers a message someone else sent with your address written in as the sender (backscatter). The
            copy it returns never went through {hostName}&apos;s outgoing mail servers, so your account, password and
            settings are not the cause. You can delete this bounce; the failure below concerns the forged message only.
          </p>
          <p className="mt-2 text-sm font-medium">Why the analyzer thinks so:</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {backscatter.why.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p className="mt-3">
            <a href={BACKSCATTER_GUIDE} className="font-semibold underline">
              Guide: bounces for mail you never sent
            </a>
          </p>
        </section>
      )}
    </>
  );
}
