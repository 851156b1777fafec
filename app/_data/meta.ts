import type { Metadata } from 'next';
import { host } from '@/host.config';

/** Title, description, canonical URL and Open Graph tags for one page. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const url = `${host.siteUrl}${path}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: host.siteName,
      type: path === '/' ? 'website' : 'article',
      locale: 'en',
      images: [{ url: `${host.siteUrl}/og.png`, width: 1200, height: 630, alt: `${host.siteName}: email bounces explained` }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [`${host.siteUrl}/og.png`] },
  };
}
