'use client';
import { useEffect, useRef, useState } from 'react';
import { useEarlyInput } from '../site/use-early-input';
import type { AnalyzeResult } from '@/lib/bounce/types';
import type { HostConfig } from '@/lib/host/schema';
import { decodeVerdict } from '@/lib/bounce/verdict/permalink';
import type { VerdictFacts } from '@/lib/bounce/verdict/explain';
import { LIMITS } from '@/lib/bounce/read/limits';
import { PENDING_KEY } from './pending';
import { groupResults } from './group-results';
import { useArticleInfo } from './use-article-info';
import { VerdictCard } from './VerdictCard';
import { DropZone } from './DropZone';
import { MessageNotices } from './MessageNotices';


interface Props {
  servers: HostConfig['servers'];
  hostName: string;
  siteUrl: string;
}

type State =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; result: AnalyzeResult }
  | { status: 'shared'; facts: VerdictFacts }
  | { status: 'error'; message: string };

/** The analyzer: paste or drop a bounce, get one verdict per recipient. Everything happens in this tab. */
export function Analyzer({ servers, hostName, siteUrl }: Props) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const results = useRef<HTMLDivElement>(null);
  // Declared before the effect below, so a paste handed over from the home page wins over one made here early.
  const box = useEarlyInput<HTMLTextAreaElement>((field) => {
    if (field.value) setText(field.value);
  });
  const articles = useArticleInfo(state.status === 'done' || state.status === 'shared');

  async function start(input: string | Uint8Array) {
    const size = typeof input === 'string' ? input.length : input.byteLength;
    if (size > LIMITS.maxInputBytes) {
      setState({ status: 'error', message: 'This is larger than 10 MB. Paste only the bounce text, or save the message without its attachments.' });
      return;
    }
    setState({ status: 'working' });
    try {
      const { runAnalysis } = await import('./run-analysis');
      setState({ status: 'done', result: await runAnalysis(input, servers) });
    } catch (err) {
      setState({ status: 'error', message: err instanceof Error ? err.message : 'The analysis failed.' });
    }
    window.requestAnimationFrame(() => results.current?.focus());
  }

  useEffect(() => {
    const pending = sessionStorage.getItem(PENDING_KEY);
    if (pending) sessionStorage.removeItem(PENDING_KEY);
    function showShared() {
      const shared = decodeVerdict(window.location.hash);
      if (shared) setState({ status: 'shared', facts: shared });
      return shared !== null;
    }
    // The page is static: a shared verdict (#v=…) and the paste handed over from the home page are only known in
    // the browser, so they are read once here; a shared link opened in this tab later arrives as a hash change.
    /* eslint-disable react-hooks/set-state-in-effect */
    if (!showShared() && pending) {
      setText(pending);
      void start(pending);
    }
    /* eslint-enable react-hooks/set-state-in-effect */
    window.addEventListener('hashchange', showShared);
    return () => window.removeEventListener('hashchange', showShared);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const groups = state.status === 'done' ? groupResults(state.result.results) : [];
  return (
    <div className="mt-6">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void start(text);
        }}
      >
        <label htmlFor="bounce-text" className="font-semibold">Bounce message</label>
        <DropZone onFile={(bytes, name) => { setText(`(file: ${name})`); void start(bytes); }} onTooBig={() => setState({ status: 'error', message: 'That file is larger than 10 MB; the analyzer reads files up to 10 MB.' })}>
          <textarea
            id="bounce-text"
            ref={box}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={12}
            spellCheck={false}
            placeholder="Paste the bounce here, or drop an .eml file on this box."
            className="block w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
          />
        </DropZone>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="submit" disabled={!text.trim() || state.status === 'working'} className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60">
            {state.status === 'working' ? 'Analyzing…' : 'Analyze'}
          </button>
          <button type="button" onClick={() => { setText(''); setState({ status: 'idle' }); history.replaceState(null, '', '/analyze/'); }} className="rounded-md border border-slate-400 px-4 py-2 font-medium dark:border-slate-500">
            Clear
          </button>
        </div>
      </form>
      <div ref={results} tabIndex={-1} aria-live="polite" aria-busy={state.status === 'working'} className="outline-none">
        {state.status === 'error' && <p className="mt-6 rounded-md border border-rose-600 p-3" role="alert">{state.message}</p>}
        {state.status === 'done' && (
          <>
            <h2 className="mt-8 text-xl font-semibold">
              {groups.length === 0 ? 'No result' : `Result${groups.length > 1 ? `s for ${state.result.results.length} recipients` : ''}`}
            </h2>
            {state.result.note && <p className="mt-2 text-sm">{state.result.note}</p>}
            <MessageNotices message={state.result.message} hostName={hostName} />
            {groups.map((g, i) => (
              <VerdictCard
                key={i}
                headingId={`verdict-${i}`}
                facts={g.result}
                recipients={g.recipients}
                remoteMta={g.result.remoteMta}
                evidence={g.result.evidence}
                article={g.result.article ? (articles.get(g.result.article) ?? null) : null}
                hostName={hostName}
                siteUrl={siteUrl}
                typo={g.result.domainTypo}
                guesses={g.result.reasonGuesses}
                articleFor={(url) => articles.get(url) ?? null}
                backscatter={state.result.message?.backscatter !== undefined}
              />
            ))}
          </>
        )}
        {state.status === 'shared' && (
          <>
            <h2 className="mt-8 text-xl font-semibold">Shared verdict</h2>
            <p className="mt-1 text-sm">Someone shared this verdict with you. Only the codes, the reason and the server&apos;s words (with addresses and IP addresses masked) are in the link; the email itself is not.</p>
            <VerdictCard headingId="verdict-shared" facts={state.facts} recipients={[]} remoteMta="" evidence={null} article={state.facts.article ? (articles.get(state.facts.article) ?? null) : null} hostName={hostName} siteUrl={siteUrl} />
          </>
        )}
      </div>
    </div>
  );
}
