/** Renders `text` with every occurrence of the matched codes or phrase words marked. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const words = terms
    .flatMap((t) => (/^[\d.]+$/.test(t) ? [t] : t.split(/\s+/)))
    .filter((w) => w.length >= 3)
    .slice(0, 12)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.join('|')})`, 'gi');
  const parts = text.split(pattern);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
