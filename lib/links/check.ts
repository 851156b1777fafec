/** Finding the internal links of an exported HTML page and what each must resolve to. */

/** One internal reference: the site path (no query, no fragment) and the fragment, if any, without "#". */
export interface InternalRef {
  raw: string;
  path: string;
  fragment: string | null;
}

const decodeEntities = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Every href and src attribute of the page that starts with "/" (not "//") or "#", resolved against `pagePath`. */
export function internalRefs(html: string, pagePath: string): InternalRef[] {
  const refs: InternalRef[] = [];
  for (const m of html.matchAll(/<[a-z][^>]*?\s(?:href|src)="([^"]*)"/gi)) {
    const raw = decodeEntities(m[1] ?? '');
    if (!/^(\/(?!\/)|#)/.test(raw)) continue;
    const hash = raw.indexOf('#');
    const beforeHash = hash >= 0 ? raw.slice(0, hash) : raw;
    const path = beforeHash.split('?')[0] || pagePath;
    refs.push({ raw, path: safeDecode(path), fragment: hash >= 0 ? safeDecode(raw.slice(hash + 1)) : null });
  }
  return refs;
}

/** Every id in the page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<[a-z][^>]*?\sid="([^"]*)"/gi)].map((m) => decodeEntities(m[1] ?? '')));
}

/** Files under out/ that would answer a site path, in order: a folder's index.html, or the file itself. */
export function candidateFiles(path: string): string[] {
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
  return [rel, `${rel}/index.html`];
}

/** The site path an exported file is served at ("codes/550/index.html" → "/codes/550/"). */
export function pagePathOf(file: string): string {
  const rel = file.split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Problems of one page: references to files that do not exist (`exists` says whether a file below out/ exists)
 * and fragments into the page itself that match no id.
 */
export function checkPage(html: string, file: string, exists: (rel: string) => boolean): string[] {
  const self = pagePathOf(file);
  const ids = idsOf(html);
  const problems: string[] = [];
  for (const ref of internalRefs(html, self)) {
    if (!candidateFiles(ref.path).some(exists)) problems.push(`${file}: ${ref.raw} goes nowhere`);
    else if (ref.path === self && ref.fragment && !ids.has(ref.fragment)) problems.push(`${file}: ${ref.raw} has no id "${ref.fragment}" on the page`);
  }
  return [...new Set(problems)];
}
