/** Finding the static assets a page loads, from the exported HTML and the JavaScript chunks it pulls in. */
import { deferredScripts } from '../build/deferred-scripts';

/** Site paths of the /_next/static/ files an HTML page loads directly (scripts, stylesheets, preloads, deferred). */
export function pageAssets(html: string): string[] {
  // noModule scripts are polyfills for browsers that predate modules, and so predate service workers too.
  const tags = (html.match(/<(?:script|link)\b[^>]*>/g) ?? []).filter((tag) => !/\snoModule\b/i.test(tag));
  const refs = tags.map((tag) => /\s(?:src|href)="(\/_next\/static\/[^"?#]+)[^"]*"/.exec(tag)?.[1]).filter((r): r is string => r !== undefined);
  return [...new Set([...refs, ...deferredScripts(html)])];
}

/** The JavaScript among a page's assets: the chunks it runs at start (script tags, preloads, the deferred loader). */
export function pageScripts(html: string): string[] {
  return pageAssets(html).filter((path) => path.endsWith('.js'));
}

/** Site paths of the chunks and media a JavaScript chunk loads later (dynamic imports, workers). */
export function chunkRefs(js: string): string[] {
  const refs = [...js.matchAll(/["'/](?:_next\/)?(static\/(?:chunks|media)\/[\w.~-]+\.(?:js|css|woff2|svg|png|json|wasm))/g)].map((m) => `/_next/${m[1] ?? ''}`);
  return [...new Set(refs)];
}

/**
 * Every asset the pages load, following chunk references to the end. `read` returns a file's text by site path
 * (null when it does not exist, which is skipped).
 */
export function assetClosure(pagesHtml: readonly string[], read: (path: string) => string | null): string[] {
  const seen = new Set<string>();
  const queue = pagesHtml.flatMap(pageAssets);
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    const text = read(path);
    if (text === null) continue;
    seen.add(path);
    if (path.endsWith('.js')) queue.push(...chunkRefs(text));
  }
  return [...seen].sort();
}
