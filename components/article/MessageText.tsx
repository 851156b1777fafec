import { PLACEHOLDER_LABELS, templateParts } from '@/lib/content/message-template';

/** A server message with its variable parts shown as labelled tokens ("IP address"), never as raw braces. */
export function MessageText({ text }: { text: string }) {
  return (
    <>
      {templateParts(text).map((p, i) =>
        p.placeholder ? (
          <var key={i} className="rounded bg-sky-100 px-1 font-sans text-[0.85em] text-sky-900 not-italic ring-1 ring-sky-300 dark:bg-sky-900/50 dark:text-sky-100 dark:ring-sky-700" title="varies from bounce to bounce">
            {PLACEHOLDER_LABELS[p.placeholder]}
          </var>
        ) : (
          <span key={i}>{p.literal}</span>
        ),
      )}
    </>
  );
}
