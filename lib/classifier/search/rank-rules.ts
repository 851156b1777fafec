/**
 * The named rules of the code-aware ranking (rank.ts), each a small pure function over one page or one query:
 * whose class word a quoted message holds, topics and their twins, contradicted checks, codes that disagree, the
 * host's keywords beside a code, a named provider's page for a code, synonyms of a typed question's words.
 */
import type { PhraseHit } from './phrase';
import type { PreparedIndex } from './prepare';
import { TEMPORARY } from './query';
import type { SearchDoc } from './search-doc';
import type { Expansion } from './text-index';
import { SYNONYM_WEIGHT, synonymsOf } from './synonyms';
import { tokenize } from './text';
import { contradicts } from './contrast';
import { namesProvider } from './providers';

/** What a query that is exactly a page's topic adds. */
const TOPIC_WEIGHT = 100;
/** A topic that explains at least this share of the query's content words leans the ranking to its page... */
const TOPIC_LEAN = 0.5;
/** ...by this part of TOPIC_WEIGHT times the share, when it is not the whole query. */
const TOPIC_PART = 0.5;

/**
 * A class word of the query ("later", "retry") belongs to the message the query quotes only when that message also
 * holds most of the query's other words: "retry timeout exceeded" quotes one, "spf softfail try again later" asks
 * for the temporary side of an SPF failure and merely shares "try again later" with another message.
 */
export function quotesClassWord(phraseTokens: readonly string[], words: ReadonlySet<string>, topicWords: readonly string[]): boolean {
  if (!phraseTokens.some((t) => TEMPORARY.has(t) && words.has(t))) return false;
  const inPhrase = new Set(phraseTokens);
  return topicWords.filter((t) => inPhrase.has(t)).length * 2 >= topicWords.length;
}

/**
 * A query that is a page's topic (question and class words aside) puts that page first; one that holds a topic
 * beside as many other words or fewer ("spf softfail", "dmarc fail") leans to it by the topic's share. Asked for
 * temporary, a permanent code page's topic goes to its 4.x.x twin; other pages of the class not asked for get none.
 */
export function addTopics(
  ix: PreparedIndex, hits: Map<number, number>, classOf: (d: SearchDoc | undefined) => number, temporary: boolean, add: (doc: number, s: number) => void,
): void {
  for (const [doc, share] of hits) {
    if (share < TOPIC_LEAN) continue;
    const weight = share === 1 ? TOPIC_WEIGHT : TOPIC_WEIGHT * TOPIC_PART * share;
    const twin = temporary ? ix.temporaryTwin.get(doc) : undefined;
    if (classOf(ix.docs[doc]) >= 1) add(doc, weight);
    else if (twin !== undefined) add(twin, weight);
  }
}

/** A message that speaks of another side than the query's ("Sender address rejected" for "Recipient ...") counts this much. */
const CONTRADICTED = 0.3;

export function dropContradicted(phrases: Map<number, PhraseHit>, querySides: Set<string> | null): void {
  if (!querySides) return;
  for (const [doc, hit] of phrases) if (contradicts(tokenize(hit.phrase.text), querySides)) phrases.set(doc, { ...hit, score: hit.score * CONTRADICTED });
}

/** What a message page's words count when its status codes disagree with the query's... */
const CODES_DISAGREE = 0.6;
/** ...unless they match this closely (the same message sent with another code; the analyzer's threshold too). */
const SAME_WORDS = 0.75;

/**
 * A line carrying 5.2.3 whose words resemble a page's message sent with 5.3.4 is another server's message: a
 * message page none of whose status codes shares the query's subject (x.2.x mailbox, x.3.x system...) counts
 * less, as in the analyzer's article choice.
 */
export function codeFit(d: SearchDoc | undefined, statusCodes: readonly string[], score: number): number {
  if (!d || d.kind !== 'error' || statusCodes.length === 0 || d.statusCodes.length === 0 || score >= SAME_WORDS) return 1;
  // The same subject agrees (5.2.0 "other mailbox status" with 5.2.2 "mailbox full"); class aside, as 4.2.2 is 5.2.2's twin.
  const subject = (c: string) => c.split('.')[1];
  return statusCodes.some((c) => d.statusCodes.some((p) => subject(p) === subject(c))) ? 1 : CODES_DISAGREE;
}

/** What the host's page earns for a keyword (not its message) matched by a line that carries a code. */
const HOST_KEYWORD_BESIDE_CODES = 0.55;

/**
 * A pasted line with a code is some server's message: the host's page answers it when the line is the host's own
 * message (or a rule's wording of it), not when it merely shares a keyword that describes the condition ("no such
 * user" from another server is the status code's page's).
 */
export function lineFit(d: SearchDoc | undefined, hit: PhraseHit, hasCodes: boolean): number {
  if (!hasCodes || d?.origin !== 'host' || hit.phrase.message || hit.phrase.ruleId) return 1;
  return HOST_KEYWORD_BESIDE_CODES;
}

/** What a page of the provider the query names gains when it carries one of the query's codes: more than a code page's own weight exceeds an error page's (100 against 45). */
export const PROVIDER_WITH_CODE = 60;

export function namedWithCode(d: SearchDoc | undefined, words: ReadonlySet<string>): boolean {
  return d?.kind === 'error' && d.origin !== undefined && d.origin !== 'host' && namesProvider(d.origin, words);
}

export function withSynonyms(ix: PreparedIndex, exp: Expansion[], token: string | null): Expansion[] {
  if (token === null) return exp;
  const more: Expansion[] = [];
  for (const syn of synonymsOf(token)) {
    const id = ix.text.termId.get(syn);
    if (id !== undefined && !exp.some((e) => e.id === id)) more.push({ id, weight: SYNONYM_WEIGHT });
  }
  return more.length ? [...exp, ...more] : exp;
}
