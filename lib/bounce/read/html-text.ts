/**
 * Plain text from a bounce that came only as HTML (AOL and some web gateways send these): script and style
 * elements dropped, block tags turned into line breaks, other tags removed (a tag is at most 2,000 characters),
 * a few entities decoded, blanks before line ends cut. Tags are found with indexOf and sticky patterns rather than
 * global regexes, which retried up to 2,000 characters at every "<" and so cost seconds on a page of open tags.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const MAX_TAG = 2000;

const SCRIPT = /(?:script|style)\b/iy;
const SCRIPT_END = /<\/(?:script|style)>/iy;
const BLOCK = /(?:br|\/p|\/div|\/tr|\/li|\/h\d|p|div|tr|li)\b/iy;

/**
 * Where a tag whose name ends at `from` closes: the first ">" at most MAX_TAG characters on, else -1. `next`
 * remembers the first ">" at or after the last search (html.length when there is none), so the scan is linear.
 */
function tagEnd(html: string, from: number, next: { gt: number }): number {
  if (next.gt < from) {
    const gt = html.indexOf('>', from);
    next.gt = gt === -1 ? html.length : gt;
  }
  return next.gt < html.length && next.gt - from <= MAX_TAG ? next.gt : -1;
}

/** Length of the sticky pattern's match at `at`, or -1. */
function stickyAt(re: RegExp, html: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(html);
  return m ? m[0].length : -1;
}

/**
 * Replaces every tag `<NAME…>` (NAME matched by the sticky `name`, '' matching any) with `by`, scanning left to
 * right as a global regex would; `element` extends a match over text without "<" to a closing script/style tag,
 * and a tag without one is left alone.
 */
function replaceTags(html: string, name: RegExp | null, by: string, element = false): string {
  const out: string[] = [];
  const next = { gt: -1 };
  let from = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    if (lt < from) continue;
    const nameLength = name ? stickyAt(name, html, lt + 1) : 0;
    if (nameLength < 0) continue;
    const gt = tagEnd(html, lt + 1 + nameLength, next);
    if (gt === -1) continue;
    let end = gt + 1;
    if (element) {
      const close = html.indexOf('<', end);
      const closeLength = close === -1 ? -1 : stickyAt(SCRIPT_END, html, close);
      if (closeLength < 0) continue;
      end = close + closeLength;
    }
    out.push(html.slice(from, lt), by);
    from = end;
    lt = end - 1;
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Drops the spaces and tabs that end each line but the last (a scan, not a regex retried at every blank). */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end < line.length) lines[i] = line.slice(0, end);
  }
  return lines.join('\n');
}

export function htmlToText(html: string): string {
  const text = replaceTags(replaceTags(replaceTags(html, SCRIPT, '', true), BLOCK, '\n'), null, '');
  return trimLineEnds(text.replace(/&(#?\w{1,8});/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole));
}
