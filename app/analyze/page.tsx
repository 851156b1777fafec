import { pageMetadata } from '@/app/_data/meta';
import { PageHeader } from '@/components/site/PageHeader';
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
      <PageHeader crumb="Analyze a bounce" title="Analyze a bounce">
        Paste the whole bounce (best: the full message source with headers), just the text your mail program shows, or
        a single error line. Or drop the .eml file. The analysis runs in this browser tab: the text is never sent
        anywhere.
      </PageHeader>
      <Analyzer servers={host.servers} hostName={host.hostName} siteUrl={host.siteUrl} />
    </div>
  );
}
