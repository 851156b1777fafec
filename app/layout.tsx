import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { host } from '@/host.config';
import { SiteHeader } from '@/components/site/SiteHeader';
import { SiteFooter } from '@/components/site/SiteFooter';
import { ServiceWorker } from '@/components/site/ServiceWorker';
import { ReadyMark } from '@/components/site/ReadyMark';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(host.siteUrl),
  title: { default: `${host.siteName}: email bounce codes explained`, template: `%s | ${host.siteName}` },
  description: `What an email bounce means, who has to act and what to do: every SMTP code and every ${host.hostName} server message.`,
  icons: { icon: '/favicon.svg' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* The browser's address bar can search this site (out/opensearch.xml, written by scripts/build/agent-files.ts). */}
        <link rel="search" type="application/opensearchdescription+xml" title={host.siteName} href="/opensearch.xml" />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">Skip to content</a>
        <SiteHeader />
        <main id="main" className="flex-1" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ServiceWorker />
        <ReadyMark />
      </body>
    </html>
  );
}
