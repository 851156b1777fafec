import { host } from '@/host.config';

/** Support contact and the host's own links, plus the privacy promise of the analyzer. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900 dark:text-white">{host.hostName} support</p>
          <p className="mt-1">
            <a className="underline" href={`mailto:${host.support.email}`}>{host.support.email}</a>, {host.support.hours}.
          </p>
          <p className="mt-1">
            <a className="underline" href={host.support.url}>Open a ticket</a> ·{' '}
            <a className="underline" href={host.statusPageUrl}>Service status</a>
          </p>
        </div>
        <div>
          <p className="font-semibold text-slate-900 dark:text-white">Your account</p>
          <p className="mt-1">
            <a className="underline" href={host.webmailUrl}>Webmail</a> ·{' '}
            <a className="underline" href={host.controlPanelUrl}>Control panel</a> ·{' '}
            <a className="underline" href="/guides/mail-client-settings/">Mail client settings</a>
          </p>
        </div>
        <div>
          <p className="font-semibold text-slate-900 dark:text-white">Privacy</p>
          <p className="mt-1">The bounce analyzer runs in your browser. What you paste is never uploaded.</p>
        </div>
      </div>
    </footer>
  );
}
