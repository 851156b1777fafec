import { pageMetadata } from '@/app/_data/meta';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { Analyzer } from '@/components/analyzer/Analyzer';
import { host } from '@/host.config';

export const metadata = pageMetadata({
  title: 'Analyze a bounce',
  description: 'Paste a bounce or drop an .eml file: see per recipient what went wrong, who has to act and what to do. Nothing is uploaded.',
  path: '/analyze/',
});

export default function AnalyzePage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <Breadcrumbs trail={[]} current="Analyze a bounce" />
      <h1 className="mt-4 text-3xl font-bold tracking-tight">Analyze a bounce</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Paste the whole bounce (best: the full message source with headers), just the text your mail program shows, or
        a single error line. Or drop the .eml file. The analysis runs in this browser tab: the text is never sent
        anywhere.
      </p>
      <Analyzer servers={host.servers} hostName={host.hostName} siteUrl={host.siteUrl} />
    </div>
  );
}
