/**
 * A fast path for the common shape of a bounce: a message whose parts are plain text (in a charset the runtime
 * knows, 8-bit bytes included), delivery-status or feedback fields and a returned message, in plain multiparts.
 * It yields what postal-mime would (the text parts joined, the report parts as text), at a fraction of the cost;
 * a charset the runtime does not know is decoded through postal-mime's own charset lookup (mime-lite-decode.ts);
 * anything else (HTML-only text, flowed text, RFC 2231 parameters, odd encodings) returns null
 * and postal-mime reads it. mime-lite-corpus.test.ts proves the two identical on every corpus file.
 */
import { byteString, decodableCharset, decodePart, headerText, type Encoding } from './mime-lite-decode';

export interface LiteHeader {
  key: string;
  originalKey: string;
  value: string;
}

export interface LiteAttachment {
  mimeType: string;
  content: string;
}

export interface LiteMessage {
  headers: LiteHeader[];
  text: string | undefined;
  attachments: LiteAttachment[];
}

const ENCODINGS = new Set<string>(['', '7bit', '8bit', 'binary', 'quoted-printable', 'base64']);
const MAX_DEPTH = 16;

class Bail extends Error {}

function isEncoding(e: string): e is Encoding {
  return ENCODINGS.has(e);
}

/** Only SP and HTAB, as postal-mime trims (an index scan: a regex retrying at every blank of a long run is quadratic). */
function trimWsp(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return s.slice(start, end);
}

/** Header fields as postal-mime reads them: folded lines joined, a line without a colon kept as a key alone. */
function readHeaders(lines: readonly string[]): LiteHeader[] {
  const headers: LiteHeader[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parts = [headerText(lines[i] ?? '')];
    for (let c = (lines[i + 1] ?? '').charCodeAt(0); c === 32 || c === 9; c = (lines[i + 1] ?? '').charCodeAt(0)) parts.push(headerText(lines[++i] ?? ''));
    // joined once: appending fold by fold builds a rope as deep as the folds, which grew faster than linear
    const line = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
    const sep = line.indexOf(':');
    const key = trimWsp(sep < 0 ? line : line.slice(0, sep));
    headers.push({ key: key.toLowerCase(), originalKey: key, value: sep < 0 ? '' : trimWsp(line.slice(sep + 1)) });
  }
  return headers;
}

interface ContentType {
  type: string;
  params: Map<string, string>;
}

function contentType(value: string): ContentType {
  if (/\*\s*=|\*\d/.test(value)) throw new Bail();
  const [head = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const m of rest.join(';').matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|([^\s;]+))/g)) {
    params.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? '');
  }
  return { type: head.trim().toLowerCase() || 'text/plain', params };
}

function first(headers: readonly LiteHeader[], key: string): string {
  return headers.find((h) => h.key === key)?.value ?? '';
}

interface Collected {
  /** Plain text parts in order (postal-mime joins them with a newline). */
  texts: string[];
  attachments: LiteAttachment[];
  /** HTML parts seen inside alternatives. */
  html: number;
}

/** Splits a multipart body at its boundary lines (none found: postal-mime decides what the body is). */
function splitParts(body: readonly string[], boundary: string): string[][] {
  const open = `--${boundary}`;
  const close = `${open}--`;
  const parts: string[][] = [];
  let current: string[] | null = null;
  for (const raw of body) {
    // only a line starting with "--" can be a boundary; trimming every body line cost a copy each
    const line = raw.charCodeAt(0) === 45 && raw.charCodeAt(1) === 45 ? raw.trimEnd() : '';
    if (line !== '' && (line === open || line === close)) {
      if (current) parts.push(current);
      current = line === close ? null : [];
      if (line === close) break;
      continue;
    }
    current?.push(raw);
  }
  if (current) parts.push(current);
  if (parts.length === 0) throw new Bail();
  return parts;
}

/** Header lines up to the first blank line, and the body lines after it. */
function splitEntity(lines: readonly string[]): [string[], string[]] {
  const cut = lines.indexOf('');
  return cut === -1 ? [lines.slice(), []] : [lines.slice(0, cut), lines.slice(cut + 1)];
}

function collect(entity: readonly string[], depth: number, inAlternative: boolean, out: Collected): void {
  if (depth > MAX_DEPTH) throw new Bail();
  const [head, lines] = splitEntity(entity);
  const headers = readHeaders(head);
  const ct = contentType(first(headers, 'content-type'));
  const encoding = first(headers, 'content-transfer-encoding').trim().toLowerCase();
  if (!isEncoding(encoding)) throw new Bail();
  const attachment = /^attachment\b/i.test(first(headers, 'content-disposition').trim());
  if (ct.type.startsWith('multipart/')) {
    const boundary = ct.params.get('boundary');
    if (!boundary) throw new Bail();
    const alternative = ct.type === 'multipart/alternative';
    const texts = out.texts.length;
    const html = out.html;
    for (const part of splitParts(lines, boundary)) collect(part, depth + 1, inAlternative || alternative, out);
    // HTML with no plain alternative is converted by postal-mime; leave that to it
    if (alternative && out.html > html && out.texts.length === texts) throw new Bail();
    return;
  }
  if (!attachment && ct.type === 'text/html') {
    if (!inAlternative) throw new Bail();
    out.html++;
    return;
  }
  if (!attachment && ct.type === 'text/plain') {
    const charset = (ct.params.get('charset') ?? '').trim().toLowerCase();
    if (!decodableCharset(charset) || /^flowed$/i.test(ct.params.get('format') ?? '')) throw new Bail();
    out.texts.push(decodePart(lines, encoding, charset || 'utf-8'));
    return;
  }
  if (lines.length > 0) out.attachments.push({ mimeType: ct.type, content: decodePart(lines, encoding, 'utf-8') });
}

/** Whether `whole` (the bytes read as UTF-8) shows only ASCII: any other byte decodes to a non-ASCII character, a stripped byte-order mark to a shorter string. */
function isAscii(bytes: Uint8Array, whole: string): boolean {
  return whole.length === bytes.length && !/[^\x00-\x7f]/.test(whole);
}

/** The message read by the fast path, or null when postal-mime must read it. */
export function liteParse(bytes: Uint8Array, whole: string): LiteMessage | null {
  try {
    // all-ASCII text is its own byte string
    const lines = (isAscii(bytes, whole) ? whole : byteString(bytes)).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const headers = readHeaders(splitEntity(lines)[0]);
    const out: Collected = { texts: [], attachments: [], html: 0 };
    collect(lines, 0, false, out);
    return { headers, text: out.texts.length > 0 ? out.texts.join('\n') : undefined, attachments: out.attachments };
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}
