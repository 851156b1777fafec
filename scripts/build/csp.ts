/**
 * Postbuild step: gives every exported HTML page a Content-Security-Policy meta tag that allows scripts from the
 * site itself plus the sha256 of each inline script in that page (computed here, after the build wrote them).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { host } from '../../host.config';
import { buildPolicy, inlineScripts, originOf, policyPrecedesScripts, withPolicyMeta } from '../../lib/csp/policy';

export function htmlFiles(out: string): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(out, f));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Adds the policy to every page under `out`; returns how many pages and distinct inline scripts it covered. */
export function applyCsp(out: string): { pages: number; hashes: number } {
  const feedback = originOf(host.feedbackEndpoint);
  const connectOrigins = feedback ? [feedback] : [];
  const all = new Set<string>();
  const files = htmlFiles(out);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const scriptHashes = inlineScripts(html).map(sha256);
    for (const h of scriptHashes) all.add(h);
    const withMeta = withPolicyMeta(html, buildPolicy({ scriptHashes, connectOrigins }));
    if (!policyPrecedesScripts(withMeta)) throw new Error(`csp: a script precedes the policy in ${file}`);
    writeFileSync(file, withMeta);
  }
  return { pages: files.length, hashes: all.size };
}
