'use client';
import { useEffect, useState } from 'react';

const KEY = 'bounce-help:votes';

function readVotes(): Record<string, 'yes' | 'no'> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, 'yes' | 'no'] => e[1] === 'yes' || e[1] === 'no'));
  } catch {
    return {};
  }
}

/** "Was this helpful?": remembered in this browser; sent to the host's endpoint only when the config names one. */
export function Feedback({ url, endpoint }: { url: string; endpoint: string | null }) {
  const [vote, setVote] = useState<'yes' | 'no' | null>(null);
  useEffect(() => {
    // The vote lives in localStorage, which only exists in the browser; read it once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setVote(readVotes()[url] ?? null);
  }, [url]);
  function cast(value: 'yes' | 'no') {
    setVote(value);
    try {
      localStorage.setItem(KEY, JSON.stringify({ ...readVotes(), [url]: value }));
    } catch {
      // Private mode or full storage: the thanks still shows; nothing else depends on it.
    }
    if (endpoint) navigator.sendBeacon?.(endpoint, new Blob([JSON.stringify({ url, helpful: value === 'yes' })], { type: 'application/json' }));
  }
  return (
    <section aria-labelledby="feedback-title" className="mt-8 rounded-lg border border-slate-200 p-4 print:hidden dark:border-slate-700">
      <h2 id="feedback-title" className="text-base font-semibold">Was this helpful?</h2>
      {vote ? (
        <p role="status" className="mt-1 text-sm">
          Thank you for telling us{vote === 'no' ? '. If you are still stuck, write to support with the full bounce.' : '.'}
        </p>
      ) : (
        <div className="mt-2 flex gap-2">
          <button type="button" onClick={() => cast('yes')} className="rounded-md border border-slate-400 px-3 py-1 text-sm dark:border-slate-500">Yes</button>
          <button type="button" onClick={() => cast('no')} className="rounded-md border border-slate-400 px-3 py-1 text-sm dark:border-slate-500">No</button>
        </div>
      )}
    </section>
  );
}
