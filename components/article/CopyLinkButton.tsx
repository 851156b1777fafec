'use client';
import { useState } from 'react';
import { copyText } from '../site/copy-text';

/** Copies the page URL (with `#hash` for a section) to the clipboard and says so. */
export function CopyLinkButton({ hash, label }: { hash?: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    const url = new URL(window.location.href);
    url.hash = hash ?? '';
    if (await copyText(url.toString())) {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    }
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="copy-link ml-2 inline-flex items-center rounded px-1.5 py-0.5 align-middle text-xs font-normal text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 dark:text-slate-300 dark:ring-slate-600 dark:hover:bg-slate-800 print:hidden"
      aria-label={`Copy link to ${label}`}
    >
      <span aria-hidden="true">{copied ? 'Copied' : 'Copy link'}</span>
      <span className="sr-only" role="status">
        {copied ? 'Link copied' : ''}
      </span>
    </button>
  );
}
