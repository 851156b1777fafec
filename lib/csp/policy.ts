/**
 * The Content-Security-Policy every exported page carries as a meta tag: scripts from the site itself plus the
 * hash of each inline script of that page, nothing else loadable from elsewhere.
 */

/** The text of every inline <script> (no src) in an HTML document, in order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(` ${m[1] ?? ''}`) && (m[2] ?? '').length > 0)
    .map((m) => m[2] ?? '');
}

/** The origin of a URL ("https://x.example"), or null when there is none. */
export function originOf(url: string | null | undefined): string | null {
  const m = url ? /^(https?:\/\/[^/?#]+)/i.exec(url) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

/** The policy text for a page whose inline scripts have these base64 sha256 hashes. */
export function buildPolicy({ scriptHashes, connectOrigins = [] }: { scriptHashes: readonly string[]; connectOrigins?: readonly string[] }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(scriptHashes)].map((h) => `'sha256-${h}'`)],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...new Set(connectOrigins)],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

const META_PREFIX = '<meta http-equiv="Content-Security-Policy"';

/**
 * The document with the policy as a meta tag early in <head>: after <meta charset> when that comes first, else
 * right after <head>, so it precedes every script. An existing CSP meta is replaced.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `${META_PREFIX} content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('csp: the page has no <head>');
  let at = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=[^>]*>/i.exec(cleaned.slice(at));
  if (charset) at += charset[0].length;
  return `${cleaned.slice(0, at)}${meta}${cleaned.slice(at)}`;
}

/** Whether the first <script> of the document comes after the CSP meta (a policy set later does not cover it). */
export function policyPrecedesScripts(html: string): boolean {
  const meta = html.indexOf(META_PREFIX);
  const script = html.search(/<script\b/i);
  return meta >= 0 && (script < 0 || meta < script);
}
