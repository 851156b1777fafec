/**
 * Server messages with variable parts. An article quotes a message once, with its variable parts written as
 * placeholders, so that search and the analyzer recognise the real bounce whatever IP, domain or number it carries:
 *
 *   "Messages from {ip} temporarily deferred due to unexpected volume or user complaints"
 *
 * Placeholders: {ip} (IPv4 or IPv6 address), {domain} (a host or domain name), {address} (a mail address),
 * {number} (digits, a count or a size), {id} (a queue id, ticket or reference token), {text} (any few words).
 * Nothing else between braces is allowed; `templateErrors` says what is wrong, for the content schema.
 */

export const PLACEHOLDERS = {
  ip: '192.0.2.1',
  domain: 'example.com',
  address: 'user@example.com',
  number: '100',
  id: 'ABC123',
  text: '…',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;

const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);

export interface TemplatePart {
  /** Literal text, or the name of a variable part. */
  literal?: string;
  placeholder?: Placeholder;
}

/** Splits a message into literal runs and placeholders, or returns the first problem. */
function split(text: string): { parts: TemplatePart[]; error?: string } {
  const parts: TemplatePart[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    const close = text.indexOf('}', at);
    if (open < 0) {
      if (close >= 0) return { parts, error: `stray "}" at character ${close + 1}` };
      parts.push({ literal: text.slice(at) });
      break;
    }
    if (close >= 0 && close < open) return { parts, error: `stray "}" at character ${close + 1}` };
    const end = text.indexOf('}', open);
    if (end < 0) return { parts, error: `"{" at character ${open + 1} is never closed` };
    const name = text.slice(open + 1, end);
    if (!isPlaceholder(name)) {
      return { parts, error: `unknown placeholder {${name}} (use ${Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join(', ')})` };
    }
    if (open > at) parts.push({ literal: text.slice(at, open) });
    parts.push({ placeholder: name });
    at = end + 1;
  }
  return { parts };
}

/** What is wrong with a message's placeholders, or undefined when it is well formed. */
export function templateErrors(text: string): string | undefined {
  const { parts, error } = split(text);
  if (error) return error;
  if (!parts.some((p) => p.literal !== undefined && p.literal.trim().length >= 3)) return 'a message needs some literal words besides its placeholders';
  return undefined;
}

/** The message's parts; a malformed template is one literal run (the schema refuses those before this is used). */
export function templateParts(text: string): TemplatePart[] {
  const { parts, error } = split(text);
  return error ? [{ literal: text }] : parts;
}

/** The literal runs, trimmed and non-empty: what search indexes and what a matcher looks for. */
export function literalRuns(text: string): string[] {
  return templateParts(text)
    .map((p) => p.literal?.trim() ?? '')
    .filter((s) => s.length > 0);
}

/** The message with its placeholders dropped, for indexing its words. */
export function templateWords(text: string): string {
  return literalRuns(text).join(' ');
}

/** The message as a reader sees it in an example: each placeholder replaced by a documentation value. */
export function exampleText(text: string): string {
  return templateParts(text)
    .map((p) => (p.placeholder ? PLACEHOLDERS[p.placeholder] : (p.literal ?? '')))
    .join('');
}

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Continuation prefixes of a multi-line reply ("421-4.7.28 ") at the start of each line, which split a message. */
const REPLY_PREFIX = /^[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3} )?/gm;

/** Longest gap a placeholder may stand for in a real message (a long domain or a few words). */
const MAX_GAP = 300;

/**
 * Whether `haystack` contains the message: every literal run in order, case and white space ignored, with at most
 * MAX_GAP characters where a placeholder stands. Linear: one indexOf per run, each starting where the last ended.
 */
export function matchesTemplate(text: string, haystack: string): boolean {
  const runs = literalRuns(text).map(squash);
  if (runs.length === 0) return false;
  const hay = squash(haystack.replace(REPLY_PREFIX, ''));
  let at = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] ?? '';
    const found = hay.indexOf(run, at);
    if (found < 0) return false;
    if (i > 0 && found - at > MAX_GAP) {
      // The first place is too far from the previous run; a later occurrence would be farther still.
      return false;
    }
    at = found + run.length;
  }
  return true;
}

/** What each placeholder stands for, in words a reader understands ("IP address"). */
export const PLACEHOLDER_LABELS: Record<Placeholder, string> = {
  ip: 'IP address',
  domain: 'domain',
  address: 'mail address',
  number: 'number',
  id: 'ID',
  text: 'text',
};

/** The message for plain text (a ticket reply, structured data): each placeholder as a visible token "[IP address]". */
export function readableText(text: string): string {
  return templateParts(text)
    .map((p) => (p.placeholder ? `[${PLACEHOLDER_LABELS[p.placeholder]}]` : (p.literal ?? '')))
    .join('');
}
