'use client';
import { useEffect, useState } from 'react';
import { PENDING_KEY } from './pending';

/** The paste area of the analyzer page. */
export function Analyzer() {
  const [text, setText] = useState('');
  useEffect(() => {
    const pending = sessionStorage.getItem(PENDING_KEY);
    if (pending) {
      sessionStorage.removeItem(PENDING_KEY);
      setText(pending);
    }
  }, []);
  return (
    <div className="mt-6">
      <label htmlFor="bounce-text" className="font-semibold">Bounce message</label>
      <textarea
        id="bounce-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={14}
        className="mt-2 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
      />
    </div>
  );
}
