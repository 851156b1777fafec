/**
 * Splits a message into what the analyzer reads: its headers, the human-readable report, the machine-readable
 * parts (delivery status, feedback report) and the headers of the returned original. MIME decoding (transfer
 * encodings, charsets, folded headers) is postal-mime's; work is capped before it is called.
 */
import PostalMime, { decodeWords } from 'postal-mime';
import { readFields, startsWithHeaders, type Field } from './header-block';
import { htmlToText } from './html-text';
import { LIMITS } from './limits';
import { liteParse, type LiteMessage } from './mime-lite';
import { repairUnfoldedParameters, stripMimeScaffolding } from './mime-repair';
import { trimLargeParts } from './mime-trim';

export interface MessageParts {
  /** Top-level headers; empty for a pasted body. */
  headers: Field[];
  /** The human-readable report (may still contain an inline copy of the original). */
  text: string;
  /** Texts of message/delivery-status parts. */
  statusParts: string[];
  /** Texts of message/feedback-report parts. */
  feedbackParts: string[];
  /** The returned original message or its headers ("" when not attached as a part). */
  original: string;
  /** Lower-case top-level Content-Type value ("" when none). */
  contentType: string;
  /** Set when the MIME structure was too big or broken and the message was read as plain text. */
  plainFallback: boolean;
}

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const FEEDBACK_TYPES = new Set(['message/feedback-report']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers', 'message/partial']);

const decoder = new TextDecoder('utf-8');

function asText(content: ArrayBuffer | Uint8Array | string): string {
  return typeof content === 'string' ? content : decoder.decode(content);
}

function countBoundaryLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n--'); i !== -1; i = text.indexOf('\n--', i + 3)) {
    if (++n > LIMITS.maxBoundaryLines) break;
  }
  return n;
}

function bodyOnly(text: string): MessageParts {
  return { headers: [], text, statusParts: [], feedbackParts: [], original: '', contentType: '', plainFallback: false };
}

/** Headers and raw body, for messages whose MIME structure is refused. */
function rawSplit(text: string): MessageParts {
  const cut = text.indexOf('\n\n');
  const headers = readFields(cut === -1 ? text : text.slice(0, cut));
  const body = cut === -1 ? '' : text.slice(cut + 2);
  return { ...bodyOnly(body), headers, plainFallback: true };
}

interface Parsed {
  headers: LiteMessage['headers'];
  subject?: string | undefined;
  text?: string | undefined;
  html?: string | undefined;
  attachments: ReadonlyArray<{ mimeType: string; content: ArrayBuffer | Uint8Array | string }>;
}

/** The fast path when the message has the common shape, postal-mime otherwise; null when the MIME is broken. */
async function parse(bytes: Uint8Array, whole: string, fast: boolean): Promise<Parsed | null> {
  // both paths read the same repaired and trimmed bytes
  const ready = trimLargeParts(repairUnfoldedParameters(bytes, whole));
  const readyText = ready === bytes && bytes.length <= 4 * LIMITS.maxReportChars ? whole : decoder.decode(ready);
  const lite = fast ? liteParse(ready, readyText) : null;
  if (lite) {
    const subject = lite.headers.find((h) => h.key === 'subject')?.value;
    return { ...lite, subject: subject ? decodeWords(subject) : undefined };
  }
  try {
    return await PostalMime.parse(ready, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'utf8',
      maxNestingDepth: LIMITS.maxMimeDepth,
    });
  } catch {
    return null;
  }
}

/** `fast: false` always uses postal-mime (tests compare the two paths). */
export async function splitMessage(bytes: Uint8Array, depth = 0, fast = true): Promise<MessageParts> {
  const whole = decoder.decode(bytes.length > 4 * LIMITS.maxReportChars ? bytes.subarray(0, 4 * LIMITS.maxReportChars) : bytes);
  if (!startsWithHeaders(whole)) return bodyOnly(whole.slice(0, LIMITS.maxReportChars));
  if (countBoundaryLines(whole) > LIMITS.maxBoundaryLines) return rawSplit(whole);
  const email = await parse(bytes, whole, fast);
  if (!email) return rawSplit(whole);
  const headers: Field[] = email.headers.map((h) => ({ name: h.key, value: h.value.trim(), line: `${h.originalKey}: ${h.value}` }));
  const subject = headers.find((h) => h.name === 'subject');
  if (subject && email.subject !== undefined) subject.value = email.subject;
  const parts: MessageParts = {
    headers,
    text: (email.text ?? (email.html ? htmlToText(email.html) : '')).slice(0, LIMITS.maxReportChars),
    statusParts: [],
    feedbackParts: [],
    original: '',
    contentType: (headers.find((h) => h.name === 'content-type')?.value.split(';')[0] ?? '').trim().toLowerCase(),
    plainFallback: false,
  };
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (STATUS_TYPES.has(type)) parts.statusParts.push(asText(a.content).slice(0, LIMITS.maxStatusChars));
    else if (FEEDBACK_TYPES.has(type)) parts.feedbackParts.push(asText(a.content).slice(0, LIMITS.maxStatusChars));
    else if (ORIGINAL_TYPES.has(type) && !parts.original) parts.original = asText(a.content).slice(0, LIMITS.maxOriginalChars);
  }
  parts.text = parts.text.replace(/\r\n?/g, '\n');
  const noReport = parts.statusParts.length === 0 && parts.feedbackParts.length === 0;
  if (noReport && depth < 3 && /^\s*(?:received|return-path|from|date|message-id):/i.test(parts.text) && startsWithHeaders(parts.text)) {
    // The body is itself a whole message (a report wrapped in another message's headers): read that.
    const inner = await splitMessage(new TextEncoder().encode(parts.text), depth + 1, fast);
    if (inner.statusParts.length > 0 || inner.text.trim() !== '') return { ...inner, headers: inner.headers.length > 0 ? inner.headers : headers };
  }
  if (parts.text.trim() === '' && noReport) {
    // The parser found no readable part (a broken boundary, an unusual type): read the body as it is, or,
    // when the body is itself a whole message (a report wrapped in another message's headers), read that.
    const body = rawSplit(whole).text;
    if (depth < 3 && startsWithHeaders(body)) {
      const inner = await splitMessage(new TextEncoder().encode(body), depth + 1, fast);
      return { ...inner, headers: inner.headers.length > 0 ? inner.headers : headers };
    }
    parts.text = stripMimeScaffolding(body).slice(0, LIMITS.maxReportChars);
  }
  return parts;
}
