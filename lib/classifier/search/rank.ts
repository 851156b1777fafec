/**
 * Code-aware ranking. A document's score adds up three things:
 * - codes: the query's reply and status codes it covers (a code's own page most, then pages that list it);
 * - phrase: how well the query matches one of its server messages, keywords or curated rules (typo-tolerant);
 * - text: BM25F relevance of title, messages, keywords, summary and headings (typo-tolerant, prefixes).
 * - topic: a query that is a page's topic ("dmarc", "what is greylisting") puts that page first (topics.ts);
 * then the preferences of preference.ts: the host's page before a provider's, and the class the words ask for.
 * The weights make a message page matching code and phrase beat the status-code page, which beats the
 * reply-code page; a bare code query ("550", "5.7.1", "error 554", "5 7 1") puts that code's own page first.
 */
import type { ArticleKind } from '../../content/schema';
import { matchPhrases, type PhraseHit } from './phrase';
import { prepareIndex, type PreparedIndex } from './prepare';
import { parseQuery, TEMPORARY } from './query';
import type { SearchDoc } from './search-doc';
import { expandToken, textScores, type Expansion } from './text-index';
import { SYNONYM_WEIGHT, synonymsOf } from './synonyms';
import { tokenize } from './text';
import { topicHits } from './topics';
import { classFactor, NOT_TEMPORARY, providerFactor } from './preference';
import { contradicts, contrastWords } from './contrast';
import { reasonHint } from './reason-pages';
import { namesProvider } from './providers';

export interface SearchResult {
  url: string;
  title: string;
  kind: ArticleKind;
  summary: string;
  score: number;
  why: { codes: string[]; phrase: string | null; ruleId: string | null };
}

export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number;
  /**
   * Another full-text layer in place of the built-in BM25F: document index → relevance for the query's search
   * tokens (any scale). For the side-by-side benchmark of full-text libraries (scripts/bench/bench-search-library.ts).
   */
  textLayer?: (tokens: readonly string[]) => Map<number, number>;
}

const PHRASE_WEIGHT = 120;
const TEXT_WEIGHT = 40;
const PAIR_BONUS = 15;
/** How much of a code page's code weight yields to an error page whose message the query quotes (fully). */
const CODE_YIELD = 0.4;
/** The share of its codes' weight an error page earns with no phrase match; a match of 1 - this earns it all. */
const MESSAGE_FLOOR = 0.4;
/** What a guide's words count in a query that holds a code. */
const GUIDE_BESIDE_CODES = 0.55;
/**
 * Below this best phrase score, with no page scoring HINT_FOUND for its words, the index knows the words poorly and
 * the reason rules are asked (not when the query carries a status code, which says more than they can)...
 */
const HINT_BELOW = 0.5;
const HINT_FOUND = 60;
/** ...and the page of the condition they name gains this much. */
const REASON_WEIGHT = 80;
/** What a query that is exactly a page's topic adds. */
const TOPIC_WEIGHT = 100;
/** A topic that explains at least this share of the query's content words leans the ranking to its page... */
const TOPIC_LEAN = 0.5;
/** ...by this part of TOPIC_WEIGHT times the share, when it is not the whole query. */
const TOPIC_PART = 0.5;
/** What a class word weighs as text beside other words. */
const CLASS_WORD_WEIGHT = 0.35;
const MAX_TYPED_TOKENS = 12;
/** A phrase match this strong that holds the query's class word makes that word the message's, not a class request. */
const QUOTES_CLASS_WORD = 0.6;
/** A host message (weight 1, a rule's wording 0.95) holding this much of the query holds all of it. */
const HOLDS_QUERY = 0.9;
/** A server message matched this well (its weight aside) is quoted by the query. */
const QUOTES_LINE = 0.6;
/** A phrase match weaker than this is not shown as the reason. */
const PHRASE_SHOWN = 0.15;
const KIND_ORDER: Record<ArticleKind, number> = { error: 0, 'status-code': 1, 'reply-code': 2, guide: 3 };

function isPrepared(index: readonly SearchDoc[] | PreparedIndex): index is PreparedIndex {
  return !Array.isArray(index);
}

/** Results best first. `index` is the docs array (prepared once and cached) or a prepared index. */
export function search(index: readonly SearchDoc[] | PreparedIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const ix = isPrepared(index) ? index : prepareIndex(index);
  const limit = options.limit ?? 10;
  const q = parseQuery(query);
  const scores = new Map<number, number>();
  const codesOf = new Map<number, string[]>();
  const add = (doc: number, s: number) => scores.set(doc, (scores.get(doc) ?? 0) + s);

  const codeScores = new Map<number, number>();
  for (const code of [...q.statusCodes, ...q.replyCodes]) {
    for (const { doc, score } of ix.codes.get(code) ?? []) {
      codeScores.set(doc, (codeScores.get(doc) ?? 0) + score);
      const list = codesOf.get(doc);
      if (list) list.push(code);
      else codesOf.set(doc, [code]);
    }
  }
  for (const p of q.pairs) {
    for (const doc of ix.pairs.get(`${p.replyCode} ${p.statusCode}`) ?? []) if (ix.docs[doc]?.kind === 'error') add(doc, PAIR_BONUS);
  }

  // People mistype short queries; a long paste is machine text, where near-spellings only add noise.
  const typos = q.tokens.length <= MAX_TYPED_TOKENS;
  const hasCodes = q.statusCodes.length + q.replyCodes.length > 0;
  const queryCodes = [...q.statusCodes, ...q.replyCodes];
  const unknown = typos ? 'rare' : 'ignored';
  // A typed question's words also reach their synonyms ("returned" → "bounce"); a server's line keeps its own.
  const synonyms = typos && !hasCodes;
  const full = q.tokens.map((t, i) => withSynonyms(ix, expandToken(ix.text, t, { completions: typos && i === q.tokens.length - 1, typos }), synonyms ? t : null));
  const words = new Set(q.tokens);
  let phrases: Map<number, PhraseHit> = full.length ? matchPhrases(ix.text, ix.phrases, full, queryCodes, unknown) : new Map();
  // A class word inside the server message the query quotes ("retry timeout exceeded", "server busy, please try
  // again later") is that message's word, not a request for the temporary class.
  let bestHit: PhraseHit | undefined;
  for (const hit of phrases.values()) if (!bestHit || hit.score > bestHit.score) bestHit = hit;
  const quotedClassWord = bestHit !== undefined && bestHit.score >= QUOTES_CLASS_WORD && quotesClassWord(tokenize(bestHit.phrase.text), words, q.topicWords);
  // Class words beside other words, in a query without codes that quotes no message holding them, mostly say
  // which class, so they weigh less as text and in the phrases.
  const classAsked = !hasCodes && q.temporary && !quotedClassWord;
  const permanentAsked = !hasCodes && q.permanent;
  const lighten = (classAsked || permanentAsked) && q.topicWords.length > 0;
  const expansions = lighten ? full.map((exp, i) => (q.classWord[i] ? exp.map((e) => ({ id: e.id, weight: e.weight * CLASS_WORD_WEIGHT })) : exp)) : full;
  if (lighten) phrases = matchPhrases(ix.text, ix.phrases, expansions, queryCodes, unknown);
  dropContradicted(phrases, contrastWords(q.tokens));
  // The host's best page for the words; when the query holds codes, only a page that covers one competes.
  let hostBest = 0;
  let messageBest = 0;
  const carriesStatus = (doc: number) => (q.statusCodes.length ? q.statusCodes.some((c) => ix.docs[doc]?.statusCodes.includes(c)) : codesOf.has(doc));
  let hostVerbatim = 0;
  let hostHoldsQuery = false;
  for (const [doc, hit] of phrases) {
    if (ix.docs[doc]?.origin === 'host' && (!hasCodes || codesOf.has(doc))) {
      hostBest = Math.max(hostBest, hit.score);
      if (hit.phrase.weight === 1) hostVerbatim = Math.max(hostVerbatim, hit.score);
      // A host message (or a rule's wording of one) that holds the whole query ("blocked using zen.spamhaus.org",
      // inside the host's blocklist reply).
      if (hit.phrase.weight >= HOLDS_QUERY && hit.queryCover >= HOLDS_QUERY) hostHoldsQuery = true;
    }
    // Only a page carrying the query's status code (when it has one: a reply code says much less) makes that code's page yield.
    if (ix.docs[doc]?.kind === 'error' && carriesStatus(doc)) messageBest = Math.max(messageBest, hit.score);
  }
  // When the words are a message an error page quotes, with one of its codes, that page is the answer: the code
  // pages' own-code weight yields in proportion.
  const codeYield = 1 - CODE_YIELD * Math.min(1, messageBest);
  const fromCodes = new Map<number, number>();
  for (const [doc, s] of codeScores) {
    const kind = ix.docs[doc]?.kind;
    // An error page earns its codes in full only when the query also reads like its message: a line that merely
    // carries 550 5.1.1 or shares a word ("alias", "size") is the code's own page's before a message page's.
    // (Naming the page's provider does as well: "5.7.26 gmail".)
    const named = namedWithCode(ix.docs[doc], words);
    const earned = kind === 'error' && !named ? Math.min(1, MESSAGE_FLOOR + (phrases.get(doc)?.score ?? 0)) : 1;
    const part = kind === 'error' || kind === 'guide' ? s * earned : s * codeYield;
    // "5.7.26 gmail": a provider's page that carries the query's code, when the query names the provider.
    const bonus = named ? PROVIDER_WITH_CODE : 0;
    add(doc, part + bonus);
    fromCodes.set(doc, part + bonus);
  }
  // A 4.x.x page whose own server message the query quotes ("lost connection with ... while ...") is that line's
  // page, whichever class the words would default to.
  const quotedLine = new Set<string>();
  for (const [doc, hit] of phrases) if (hit.phrase.message && hit.score >= QUOTES_LINE * hit.phrase.weight) quotedLine.add(ix.docs[doc]?.url ?? '');
  const classOf = classFactor(hasCodes, classAsked ? 'temporary' : permanentAsked ? 'permanent' : null, (d) => ix.permanentTwin.has(d.url) && !quotedLine.has(d.url));
  // A line with a code is a server's message, which a code or message page answers; a guide answers people's questions.
  const guideFactor = hasCodes ? GUIDE_BESIDE_CODES : 1;
  const factor = (doc: number) => (ix.docs[doc]?.kind === 'guide' ? guideFactor : 1) * providerFactor(ix.docs[doc], words, { best: hostBest, verbatim: hostVerbatim, holdsQuery: hostHoldsQuery }, phrases.get(doc)) * classOf(ix.docs[doc]);
  const topicWords = q.topicWords.map((t) => {
    const alike = expandToken(ix.text, t, { completions: false, typos }).filter((e) => e.weight >= 0.75).map((e) => ix.text.terms[e.id] ?? t);
    return alike.includes(t) ? [t] : [t, ...alike];
  });
  addTopics(ix, topicHits(ix.topics, topicWords), classOf, classAsked, add);
  for (const [doc, hit] of phrases) add(doc, PHRASE_WEIGHT * hit.score * factor(doc) * codeFit(ix.docs[doc], q.statusCodes, hit.score) * lineFit(ix.docs[doc], hit, hasCodes));
  const text = !expansions.length ? new Map<number, number>() : options.textLayer ? options.textLayer(q.tokens) : textScores(ix.text, expansions);
  const maxText = Math.max(0, ...text.values());
  if (maxText > 0) for (const [doc, s] of text) add(doc, (TEXT_WEIGHT * s * factor(doc)) / maxText);

  // Asked for temporary, the 4.x.x twin of a permanent code page that matches is at least as good an answer.
  if (classAsked) {
    for (const [doc, twin] of ix.temporaryTwin) {
      const s = scores.get(doc);
      if (s !== undefined && s / NOT_TEMPORARY > (scores.get(twin) ?? 0)) scores.set(twin, s / NOT_TEMPORARY);
    }
  }
  // Words the index knows poorly (another language, an unseen wording) may still name a condition to the
  // analyzer's reason rules: that condition's page is then a likely answer.
  const temporaryAsked = classAsked || [...q.statusCodes, ...q.replyCodes].some((c) => c.startsWith('4'));
  // Only the words' share of the scores counts here: "550 utente inesistente" is a code the index knows and words it does not.
  let found = 0;
  for (const [doc, s] of scores) found = Math.max(found, s - (fromCodes.get(doc) ?? 0));
  const askHint = query.trim() !== '' && q.statusCodes.length === 0 && (bestHit?.score ?? 0) < HINT_BELOW && found < HINT_FOUND;
  const hint = askHint ? reasonHint(query, temporaryAsked) : null;
  const hintDoc = hint ? ix.byUrl.get(hint.url) : undefined;
  if (hintDoc !== undefined) add(hintDoc, REASON_WEIGHT);
  return topResults(ix, scores, limit).flatMap(({ doc, score, d }) => {
    if (!d) return [];
    const hit = phrases.get(doc);
    const shown = hit && hit.score >= PHRASE_SHOWN ? hit.phrase : null;
    const ruleId = shown ? shown.ruleId : doc === hintDoc && hint ? hint.ruleId : null;
    return [{
      url: d.url, title: d.title, kind: d.kind, summary: d.summary, score: Math.round(score * 10) / 10,
      why: { codes: codesOf.get(doc) ?? [], phrase: shown ? shown.text : null, ruleId },
    }];
  });
}

/**
 * A class word of the query ("later", "retry") belongs to the message the query quotes only when that message also
 * holds most of the query's other words: "retry timeout exceeded" quotes one, "spf softfail try again later" asks
 * for the temporary side of an SPF failure and merely shares "try again later" with another message.
 */
function quotesClassWord(phraseTokens: readonly string[], words: ReadonlySet<string>, topicWords: readonly string[]): boolean {
  if (!phraseTokens.some((t) => TEMPORARY.has(t) && words.has(t))) return false;
  const inPhrase = new Set(phraseTokens);
  return topicWords.filter((t) => inPhrase.has(t)).length * 2 >= topicWords.length;
}

/**
 * A query that is a page's topic (question and class words aside) puts that page first; one that holds a topic
 * beside as many other words or fewer ("spf softfail", "dmarc fail") leans to it by the topic's share. Asked for
 * temporary, a permanent code page's topic goes to its 4.x.x twin; other pages of the class not asked for get none.
 */
function addTopics(
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

/** A message that names another check than the query's ("Sender address rejected" for "Recipient ...") counts this much. */
const CONTRADICTED = 0.3;

function dropContradicted(phrases: Map<number, PhraseHit>, queryWords: Set<string> | null): void {
  if (!queryWords) return;
  for (const [doc, hit] of phrases) if (contradicts(tokenize(hit.phrase.text), queryWords)) phrases.set(doc, { ...hit, score: hit.score * CONTRADICTED });
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
function codeFit(d: SearchDoc | undefined, statusCodes: readonly string[], score: number): number {
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
function lineFit(d: SearchDoc | undefined, hit: PhraseHit, hasCodes: boolean): number {
  if (!hasCodes || d?.origin !== 'host' || hit.phrase.message || hit.phrase.ruleId) return 1;
  return HOST_KEYWORD_BESIDE_CODES;
}

/** What a page of the provider the query names gains when it carries one of the query's codes: more than a code page's own weight exceeds an error page's (100 against 45). */
const PROVIDER_WITH_CODE = 60;

function namedWithCode(d: SearchDoc | undefined, words: ReadonlySet<string>): boolean {
  return d?.kind === 'error' && d.origin !== undefined && d.origin !== 'host' && namesProvider(d.origin, words);
}

function withSynonyms(ix: PreparedIndex, exp: Expansion[], token: string | null): Expansion[] {
  if (token === null) return exp;
  const more: Expansion[] = [];
  for (const syn of synonymsOf(token)) {
    const id = ix.text.termId.get(syn);
    if (id !== undefined && !exp.some((e) => e.id === id)) more.push({ id, weight: SYNONYM_WEIGHT });
  }
  return more.length ? [...exp, ...more] : exp;
}

type Ranked = { doc: number; score: number; d: SearchDoc | undefined };
const before = (a: Ranked, b: Ranked) =>
  b.score - a.score || rankKind(a.d) - rankKind(b.d) || ((a.d?.url ?? '') < (b.d?.url ?? '') ? -1 : 1);

/** The best `limit` documents in order, without sorting every candidate. */
function topResults(ix: PreparedIndex, scores: Map<number, number>, limit: number): Ranked[] {
  const top: Ranked[] = [];
  for (const [doc, score] of scores) {
    const last = top[top.length - 1];
    if (top.length >= limit && last && score < last.score) continue;
    const r = { doc, score, d: ix.docs[doc] };
    if (top.length >= limit && last && before(r, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && before(r, top[i - 1] ?? r) < 0) i--;
    top.splice(i, 0, r);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Tie-break: the host's own message pages first, then status, reply, guides. */
function rankKind(d: SearchDoc | undefined): number {
  if (!d) return 9;
  return d.kind === 'error' && d.origin === 'host' ? -1 : KIND_ORDER[d.kind];
}
