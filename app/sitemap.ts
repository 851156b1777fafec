import type { MetadataRoute } from 'next';
import { host } from '@/host.config';
import { getArticles } from '@/app/_data/articles';
import { PROBLEMS } from '@/lib/content/problems';

export const dynamic = 'force-static';

const PAGES = ['/', '/codes/', '/errors/', '/guides/', '/problems/', '/analyze/', '/search/', ...PROBLEMS.map((p) => `/problems/${p.slug}/`)];

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  return [
    ...PAGES.map((p) => ({ url: `${host.siteUrl}${p}` })),
    ...articles.map((a) => ({ url: `${host.siteUrl}${a.url}`, lastModified: a.lastReviewed })),
  ];
}
