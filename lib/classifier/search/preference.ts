/**
 * The preferences the ranking applies on top of relevance, each a factor on a page's score: the host's own page
 * before a provider's (unless the query names the provider or quotes its message), and the class a query's words
 * ask for (4.x.x with "temporary", "deferred", "will retry"; otherwise the permanent page).
 */
import type { PhraseHit } from './phrase';
import type { SearchDoc } from './search-doc';
import { namesProvider } from './providers';

const PROVIDER_FACTOR = 0.8;
/** A provider's message the query quotes this fully is not put behind the host's page. */
const VERBATIM = 0.9;
/** A permanent page counts this much when the query's words ask for temporary ("deferred", "will retry")... */
export const NOT_TEMPORARY = 0.5;
/** ...and a page whose codes are all 4.x.x this much, above a page that covers both classes. */
const TEMPORARY_ASKED = 1.5;
/** ...and a 4.x.x status page with a 5.x.x twin this much when they do not (the permanent page is what most people hold). */
const NOT_PERMANENT = 0.75;

/** How the host's own pages match the query: their best phrase score, best message score, and whether a message holds the query. */
export interface HostMatch {
  best: number;
  verbatim: number;
  holdsQuery: boolean;
}

/**
 * This is the host's help site: when a host page and a provider's page match the query's words about as well,
 * the host's comes first, unless the query names the provider ("gmail", "hotmail", "aol": providers.ts)...
 */
export function providerFactor(d: SearchDoc | undefined, words: ReadonlySet<string>, host: HostMatch, hit: PhraseHit | undefined): number {
  if (!d || d.kind !== 'error' || !d.origin || d.origin === 'host') return 1;
  const phrase = hit?.score ?? 0;
  const hostBest = host.best;
  // ...unless the query is the provider's own message word for word (weight 1: a quoted message, not a keyword or
  // another wording) and no host message matches as well or holds the whole query.
  if (hit && hit.phrase.weight === 1 && phrase >= VERBATIM && host.verbatim < phrase && !host.holdsQuery) return 1;
  if (hostBest < 0.75 * phrase || hostBest === 0) return 1;
  // A provider named inside words a host message holds whole ("blocked using zen.spamhaus.org", the host's own
  // blocklist reply) is part of that message, not a request for the provider's page.
  if (host.holdsQuery) return PROVIDER_FACTOR;
  return namesProvider(d.origin, words) ? 1 : PROVIDER_FACTOR;
}

/**
 * The class preference of a query without codes: with a word for "temporary" the 4.x.x side of a condition, else
 * the permanent one most people hold. Pages whose codes are all of the other class count less; a status page's
 * 4.x.x twin counts less by default, an error page only when the query asks for temporary.
 */
export function classFactor(
  hasCodes: boolean, asked: 'temporary' | 'permanent' | null, hasPermanentTwin: (d: SearchDoc) => boolean,
): (d: SearchDoc | undefined) => number {
  if (hasCodes) return () => 1;
  return (d) => {
    if (!d || d.kind === 'guide') return 1;
    // A code page is of its own code's class; an error page of all its codes' when they agree.
    const own = d.kind === 'status-code' ? d.statusCodes[0] : d.kind === 'reply-code' ? d.replyCodes[0] : undefined;
    const classes = new Set((own ? [own] : [...d.statusCodes, ...d.replyCodes]).map((c) => c.charAt(0)));
    if (classes.size !== 1) return 1;
    if (asked === 'temporary') return classes.has('5') ? NOT_TEMPORARY : TEMPORARY_ASKED;
    // Asked in so many words, the permanent status page, which explains the class, before a message page.
    if (asked === 'permanent') return classes.has('4') ? NOT_TEMPORARY : d.kind === 'status-code' ? TEMPORARY_ASKED : 1;
    // Only where the condition has both sides: a 4.x.x-only condition (421, 4.4.2 bad connection) is not demoted.
    return classes.has('4') && d.kind === 'status-code' && hasPermanentTwin(d) ? NOT_PERMANENT : 1;
  };
}
