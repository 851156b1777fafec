/**
 * Code-aware ranking. A document's score adds up, in this order:
 * - codes: the query's reply and status codes it covers (a code's own page most, then pages that list it); an
 *   error page earns them in full when the query reads like its message or names its provider;
 * - topic: a query that is a page's topic ("dmarc", "what is greylisting") puts that page first (topics.ts);
 * - phrase: how well the query matches one of its server messages, keywords or curated rules (typo-tolerant);
 * - text: BM25F relevance of title, messages, keywords, summary and headings (typo-tolerant, prefixes);
 * - reason: when the index knows the words poorly, the page of the condition the analyzer's rules name.
 * The preferences of preference.ts weigh the phrase and text parts (the host's page before a provider's, the
 * class the words ask for), and the named rules of rank-rules.ts adjust them (contradicted checks, codes that
 * disagree, the host's keywords beside a code, synonyms). A bare code query ("550", "5.7.1", "error 554",
 * "5 7 1") puts that code's own page first.
 */
import type { ArticleKind } from '../../content/schema';
import { matchPhrases, type PhraseHit } from './phrase';
import { prepareIndex, type PreparedIndex } from './prepare';
import { parseQuery } from './query';
import type { SearchDoc } from './search-doc';
import { expandToken, textScores } from './text-index';
import { tokenize } from './text';
import { topicHits } from './topics';
import { classFactor, NOT_TEMPORARY, providerFactor } from './preference';
import { contrastSides } from './contrast';
import { reasonHint } from './reason-pages';
import { addTopics, codeFit, dropContradicted, lineFit, namedWithCode, PROVIDER_WITH_CODE, quotesClassWord, withSynonyms } from './rank-rules';
import { topResults } from './top-results';

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
  dropContradicted(phrases, contrastSides(q.tokens));
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
