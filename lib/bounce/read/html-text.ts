/**
 * Plain text from a bounce that came only as HTML (AOL and some web gateways send these). Every pattern is
 * bounded (a tag is at most 2,000 characters) and blanks are cut per line, so hostile HTML costs linear time.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

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
  return trimLineEnds(
    html
      .replace(/<(?:script|style)\b[^>]{0,2000}>[^<]*<\/(?:script|style)>/gi, '')
      .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|p|div|tr|li)\b[^>]{0,2000}>/gi, '\n')
      .replace(/<[^>]{0,2000}>/g, '')
      .replace(/&(#?\w{1,8});/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole),
  );
}
