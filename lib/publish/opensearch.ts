/**
 * The OpenSearch description (/opensearch.xml): lets a browser's address bar search this site. Every page links it
 * from its head with rel="search"; the search page reads the `q` parameter.
 */

export interface OpenSearchSite {
  siteName: string;
  /** Public origin, without a trailing slash. */
  siteUrl: string;
  description: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** OpenSearch 1.1 allows 16 characters in ShortName. */
export function shortName(siteName: string): string {
  return siteName.length <= 16 ? siteName : siteName.slice(0, 16).trimEnd();
}

export function openSearchXml(site: OpenSearchSite): string {
  const base = site.siteUrl;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `  <ShortName>${xml(shortName(site.siteName))}</ShortName>`,
    `  <Description>${xml(site.description.slice(0, 1024))}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image width="16" height="16" type="image/svg+xml">${xml(`${base}/favicon.svg`)}</Image>`,
    `  <Url type="text/html" method="get" template="${xml(`${base}/search/?q={searchTerms}`)}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${xml(`${base}/opensearch.xml`)}"/>`,
    `  <moz:SearchForm>${xml(`${base}/search/`)}</moz:SearchForm>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
