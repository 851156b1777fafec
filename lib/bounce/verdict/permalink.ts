import { REASON_IDS, WHO_ACTS } from '../../reasons';
import { RESULT_KINDS } from '../types';
import { field, record, text } from '../read/json-read';
import type { VerdictFacts } from './explain';

/**
 * A verdict shared by link: only codes, reason and a masked diagnostic go into the URL fragment (#v=…), which
 * browsers never send to a server. Addresses and IP addresses are masked; the pasted email is not included.
 */
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => values.find((v) => v === value);
const short = (value: unknown, max: number, pattern = /^[\s\S]*$/) => {
  const t = text(value);
  return t !== undefined && t.length <= max && pattern.test(t) ? t : undefined;
};

/** Checks a decoded fragment field by field; anything unexpected makes the whole link invalid. */
function toFacts(value: unknown): VerdictFacts | null {
  const v = record(value);
  const kind = oneOf(RESULT_KINDS, field(v, 'kind'));
  const whoActs = oneOf(WHO_ACTS, field(v, 'whoActs'));
  const status = short(field(v, 'status'), 12, /^([245]\.\d{1,3}\.\d{1,3})?$/);
  const replyCode = short(field(v, 'replyCode'), 3, /^(\d{3})?$/);
  const diagnostic = short(field(v, 'diagnostic'), 600);
  const rawReason = field(v, 'reason');
  const reason = rawReason === null ? null : oneOf(REASON_IDS, rawReason);
  const rawArticle = field(v, 'article');
  const article = rawArticle === null ? null : short(rawArticle, 80, /^\/[a-z]+\/[A-Za-z0-9.-]+\/$/);
  const permanent = field(v, 'permanent');
  const ourServer = field(v, 'ourServer');
  if (!kind || !whoActs || status === undefined || replyCode === undefined || diagnostic === undefined) return null;
  if (reason === undefined || article === undefined) return null;
  if (!(permanent === null || typeof permanent === 'boolean') || typeof ourServer !== 'boolean') return null;
  return { kind, whoActs, status, replyCode, diagnostic, reason, article, permanent, ourServer, recipient: null };
}

const EMAIL = /[^\s<>()[\]"',;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 =
  /(?<![\w:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])/gi;

/** Replaces email addresses and IP addresses with placeholders. */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '[address]').replace(IPV4, '[IP]').replace(IPV6, '[IP]');
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The fragment (without "#") that carries a verdict. */
export function encodeVerdict(r: VerdictFacts): string {
  const shared = {
    kind: r.kind,
    status: r.status,
    replyCode: r.replyCode,
    reason: r.reason,
    permanent: r.permanent,
    ourServer: r.ourServer,
    whoActs: r.whoActs,
    diagnostic: maskPersonalData(r.diagnostic).slice(0, 600),
    article: r.article,
  };
  return `v=${toBase64Url(JSON.stringify(shared))}`;
}

/** Reads a verdict back from a fragment; null when it is missing or not one of ours. */
export function decodeVerdict(fragment: string): VerdictFacts | null {
  const m = /(?:^#?|&)v=([A-Za-z0-9_-]{1,4000})/.exec(fragment);
  if (!m?.[1]) return null;
  try {
    return toFacts(JSON.parse(fromBase64Url(m[1])));
  } catch {
    return null;
  }
}
