import { z } from 'zod/mini';
import { REASON_IDS, WHO_ACTS } from '../reasons';
import { RESULT_KINDS } from '../bounce/types';
import type { VerdictFacts } from './explain';

/**
 * A verdict shared by link: only codes, reason and a masked diagnostic go into the URL fragment (#v=…), which
 * browsers never send to a server. Addresses and IP addresses are masked; the pasted email is not included.
 */
const sharedSchema = z.object({
  kind: z.enum(RESULT_KINDS),
  status: z.string().check(z.maxLength(12)),
  replyCode: z.string().check(z.maxLength(3)),
  reason: z.nullable(z.enum(REASON_IDS)),
  permanent: z.nullable(z.boolean()),
  ourServer: z.boolean(),
  whoActs: z.enum(WHO_ACTS),
  diagnostic: z.string().check(z.maxLength(600)),
  article: z.nullable(z.string().check(z.regex(/^\/[a-z]+\/[A-Za-z0-9.-]+\/$/))),
});

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
    const parsed = sharedSchema.safeParse(JSON.parse(fromBase64Url(m[1])));
    return parsed.success ? { ...parsed.data, recipient: null } : null;
  } catch {
    return null;
  }
}
