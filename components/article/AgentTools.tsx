'use client';
import { useState } from 'react';
import { copyText } from '../site/copy-text';

interface Props {
  canonicalUrl: string;
  replyText: string;
  replyMarkdown: string;
}

/** For support agents: copy the page's canonical link, or a ready reply for the customer (plain text or Markdown). */
export function AgentTools({ canonicalUrl, replyText, replyMarkdown }: Props) {
  const [done, setDone] = useState('');
  async function copy(what: string, text: string) {
    if (await copyText(text)) {
      setDone(what);
      window.setTimeout(() => setDone(''), 2000);
    }
  }
  const button = 'rounded-md border border-slate-400 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 print:hidden" role="group" aria-label="Share this article">
      <button type="button" className={button} onClick={() => copy('Link', canonicalUrl)}>Copy link</button>
      <button type="button" className={button} onClick={() => copy('Customer reply', replyText)}>Copy customer reply</button>
      <button type="button" className={button} onClick={() => copy('Markdown reply', replyMarkdown)}>Copy as Markdown</button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">{done ? `${done} copied` : ''}</span>
    </div>
  );
}
