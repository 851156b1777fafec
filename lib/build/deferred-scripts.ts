/**
 * Start-up scripts deferred until the first paint. Next.js puts its framework chunks in <head> as async scripts,
 * so on a slow phone they download and run while the page is still waiting to be painted. The export replaces
 * those tags with one inline loader that adds the same scripts once the browser reports its first paint, on the
 * first interaction, or 3 s after load, whichever comes first. The page is complete HTML without them (links are
 * plain links, the search box is a form), so nothing waits on them to be read.
 */

/** The loader: reads the chunk list from its own `data-scripts` attribute, the same text on every page. */
export const LOADER = [
  '(function(d,w){var s=d.currentScript,u=JSON.parse(s.getAttribute("data-scripts")),done=0;',
  'function go(){if(done)return;done=1;u.forEach(function(src){var e=d.createElement("script");e.src=src;e.async=true;d.head.appendChild(e)})}',
  'try{new PerformanceObserver(function(l,o){o.disconnect();go()}).observe({type:"paint",buffered:true})}catch(e){}',
  'w.addEventListener("load",function(){setTimeout(go,3000)});',
  '["pointerdown","keydown","focusin","touchstart"].forEach(function(t){w.addEventListener(t,go,{once:true,passive:true,capture:true})})',
  '})(document,window)',
].join('');

const ASYNC_CHUNK = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const DEFERRED = /<script data-scripts="([^"]*)">/;

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unescapeAttr = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The page with its async framework chunks (and their preloads) replaced by the loader; unchanged without any. */
export function deferStartupScripts(html: string): string {
  const srcs = [...html.matchAll(ASYNC_CHUNK)].map((m) => m[1] ?? '');
  const first = html.search(ASYNC_CHUNK);
  if (first < 0 || DEFERRED.test(html)) return html;
  const loader = `<script data-scripts="${escapeAttr(JSON.stringify(srcs))}">${LOADER}</script>`;
  const withLoader = `${html.slice(0, first)}${loader}${html.slice(first)}`;
  const preloads = new Set(srcs);
  return withLoader
    .replace(ASYNC_CHUNK, '')
    .replace(/<link rel="preload" as="script"[^>]*?href="([^"]+)"[^>]*>/g, (tag, href: string) => (preloads.has(href) ? '' : tag));
}

/** The chunk paths the loader of a page will add, or [] when the page has none. */
export function deferredScripts(html: string): string[] {
  const attr = DEFERRED.exec(html)?.[1];
  if (attr === undefined) return [];
  const list: unknown = JSON.parse(unescapeAttr(attr));
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}
