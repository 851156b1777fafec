/** The reply code and enhanced status code a piece of text carries, read with the shared code finder. */
import { findCodes, pairsAmong, type CodeHit } from '../../classifier/codes/find-codes';
import { REPLY_CODES } from '../../codes/reply-codes';

/** Numbers a standard or the enhanced-code registry defines; folklore numbers (522, 541…) are not reply codes. */
const KNOWN_REPLY = new Set<string>(REPLY_CODES.filter((c) => c.status === 'standard' || c.status === 'registry-only').map((c) => c.code));

function known(hits: CodeHit[]): CodeHit[] {
  return hits.filter((h) => h.kind === 'status' || KNOWN_REPLY.has(h.code));
}

export interface Codes {
  status: string;
  replyCode: string;
}

/** Reply codes that report trouble (4xx, 5xx) come before greetings and acknowledgements (2xx, 3xx). */
function troubleFirst(hits: CodeHit[]): CodeHit | undefined {
  const replies = hits.filter((h) => h.kind === 'reply');
  return replies.find((h) => /^[45]/.test(h.code)) ?? replies[0];
}

/**
 * The codes of a diagnostic: the first reply/status pair, else the first trouble reply code and first status.
 * An "expired" pair (X.4.7) wrapping the real error gives way to it.
 */
export function codesIn(text: string): Codes {
  const slice = text.length > 16384 ? text.slice(0, 16384) : text;
  const found = findCodes(slice);
  const hits = known(found);
  // the pairs among the same codes (findPairs would search the text again)
  const pairs = pairsAmong(slice, found).filter((p) => KNOWN_REPLY.has(p.replyCode) && (/^[45]/.test(p.replyCode) || hits.every((h) => !/^[45]/.test(h.code))));
  const pair = pairs[0] && /^\d\.4\.7$/.test(pairs[0].statusCode) && pairs[1] ? pairs[1] : pairs[0];
  if (pair) return { status: pair.statusCode, replyCode: pair.replyCode };
  return { status: hits.find((h) => h.kind === 'status')?.code ?? '', replyCode: troubleFirst(hits)?.code ?? '' };
}

/** Whether the text carries any code at all. */
export function hasCode(text: string): boolean {
  return findCodes(text.length > 16384 ? text.slice(0, 16384) : text).length > 0;
}

/**
 * The status to report when a delivery-status block has a Status field and a diagnostic: the diagnostic is the
 * remote server's own words and wins.
 */
export function preferredStatus(field: string, diagnostic: string): string {
  return codesIn(diagnostic).status || field;
}
