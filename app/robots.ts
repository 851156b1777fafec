import type { MetadataRoute } from 'next';
import { host } from '@/host.config';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: `${host.siteUrl}/sitemap.xml` };
}
