'use client';
import { useState } from 'react';
import { useEarlyInput } from '../site/use-early-input';
import { PENDING_KEY } from './pending';

/** The home page's paste box: hands the text to /analyze/ through this tab's session storage, never a server. */
export function PasteBox() {
  const [text, setText] = useState('');
  const box = useEarlyInput<HTMLTextAreaElement>((field) => {
    if (field.value) setText(field.value);
  });
  function start(event: React.FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      sessionStorage.setItem(PENDING_KEY, text);
    } catch {
      // Storage full or disabled: the analyzer page opens empty and the user pastes there.
    }
    window.location.assign('/analyze/');
  }
  return (
    <form onSubmit={start} aria-labelledby="paste-title" className="mt-8 max-w-3xl rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="paste-title" className="text-lg font-semibold">Paste your bounce</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The whole message, the part your mail program shows, or a single line. It is analyzed in your browser and never uploaded.
      </p>
      <label htmlFor="home-paste" className="sr-only">Bounce message</label>
      <textarea
        id="home-paste"
        ref={box}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={5}
        className="mt-3 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        placeholder="Delivery has failed to these recipients…"
      />
      <button type="submit" className="mt-2 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60" disabled={!text.trim()}>
        Analyze
      </button>
    </form>
  );
}
