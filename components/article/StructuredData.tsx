import type { Article } from '@/lib/content/article';
import { host } from '@/host.config';
import { readableText } from '@/lib/content/message-template';

/** JSON-LD for search engines: a TechArticle, plus an FAQPage when the article has questions; placeholders as "[IP address]". */
export function StructuredData({ article }: { article: Article }) {
  const url = `${host.siteUrl}${article.url}`;
  const graph = [
    {
      '@type': 'TechArticle',
      '@id': `${url}#article`,
      headline: readableText(article.title),
      description: readableText(article.summary),
      url,
      dateModified: article.lastReviewed,
      inLanguage: 'en',
      about: [...article.replyCodes, ...article.statusCodes.slice(0, 10)].map((c) => ({ '@type': 'Thing', name: `SMTP ${c}` })),
      publisher: { '@type': 'Organization', name: host.hostName, url: host.siteUrl },
    },
    ...(article.faq.length > 0
      ? [{
          '@type': 'FAQPage',
          '@id': `${url}#questions`,
          mainEntity: article.faq.map((f) => ({ '@type': 'Question', name: readableText(f.q), acceptedAnswer: { '@type': 'Answer', text: readableText(f.a) } })),
        }]
      : []),
  ];
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
