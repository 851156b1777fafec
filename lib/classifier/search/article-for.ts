/**
 * The article the bounce analyzer links for one failed recipient: the page for the server's exact message
 * when one matches (and its codes agree), otherwise the page of the enhanced status code (its own page, or a
 * page covering a range that lists it); a reply without an enhanced code whose reason the analyzer named gets the
 * page that reason stands for in the reply's class (550 + user unknown → 5.1.1; reason-pages.ts), otherwise the
 * page of the reply code.
 */
import type { ReasonId } from '../../reasons';
import { matchPhrases } from './phrase';
import { REASON_PAGES } from './reason-pages';
import { prepareIndex } from './prepare';
import { parseQuery } from './query';
import type { SearchDoc } from './search-doc';
import { expandToken } from './text-index';

export interface BestArticleInput {
  replyCode: string;
  statusCode: string;
  diagnostic: string;
  reason: ReasonId | null;
}

/** A message match must explain this much (0..1) of a known message to be trusted. */
const MIN_PHRASE = 0.4;
/** ...and this much when the page's status codes disagree with the bounce's. */
const STRONG_PHRASE = 0.75;

/**
 * How well a page's status codes fit the bounce's: the same code best, then the same condition in the other
 * class (4.1.8 for 5.1.8), nothing known, the same class, another class.
 */
function statusFit(code: string, codes: readonly string[]): number {
  if (!code || codes.length === 0) return 0;
  if (codes.includes(code)) return 30;
  const rest = code.slice(1);
  if (codes.some((c) => c.slice(1) === rest)) return 20;
  return codes.some((c) => c[0] === code[0]) ? -10 : -40;
}

function messageArticle(docs: readonly SearchDoc[], input: BestArticleInput): { url: string; why: string } | null {
  const ix = prepareIndex(docs);
  const tokens = parseQuery(input.diagnostic).tokens;
  if (tokens.length === 0) return null;
  const hits = matchPhrases(ix.text, ix.phrases, tokens.map((t) => expandToken(ix.text, t, { completions: false, typos: false })));
  let best: { url: string; why: string; score: number } | null = null;
  for (const [doc, hit] of hits) {
    const d = docs[doc];
    if (!d || d.kind !== 'error' || hit.score < MIN_PHRASE) continue;
    const fit = statusFit(input.statusCode, d.statusCodes);
    // Words alone may name a page whose codes disagree only when they match it closely.
    if (fit < 0 && hit.score < STRONG_PHRASE) continue;
    let score = hit.score * 100 + fit;
    if (input.replyCode && d.replyCodes.length) score += d.replyCodes.includes(input.replyCode) ? 10 : -10;
    if (input.reason && d.reasons.includes(input.reason)) score += 5;
    if (d.origin === 'host') score += 1;
    if (!best || score > best.score) best = { url: d.url, why: hit.phrase.ruleId ? `server message like "${hit.phrase.text}" (rule ${hit.phrase.ruleId})` : `server message "${hit.phrase.text}"`, score };
  }
  return best && best.score >= MIN_PHRASE * 100 ? { url: best.url, why: best.why } : null;
}

function codeArticle(docs: readonly SearchDoc[], input: BestArticleInput): { url: string; why: string } | null {
  const { statusCode, replyCode } = input;
  if (statusCode) {
    const own = docs.find((d) => d.url === `/codes/${statusCode}/`) ?? docs.find((d) => d.kind === 'status-code' && d.statusCodes.includes(statusCode));
    if (own) return { url: own.url, why: `status code ${statusCode}` };
  }
  if (replyCode) {
    const own = docs.find((d) => d.url === `/codes/${replyCode}/`);
    if (own) return { url: own.url, why: `reply code ${replyCode}` };
  }
  return null;
}

/**
 * The page for a reply that carries no enhanced code but whose reason is known: that reason's page in the reply's
 * class (REASON_PAGES, the table search's reason fallback reads too), when the site has it.
 */
function reasonArticle(docs: readonly SearchDoc[], input: BestArticleInput): { url: string; why: string } | null {
  if (input.statusCode || !input.reason || !/^[45]\d\d$/.test(input.replyCode)) return null;
  const pages = REASON_PAGES[input.reason];
  const url = input.replyCode.startsWith('4') ? (pages?.temporary ?? pages?.permanent) : pages?.permanent;
  const own = url ? docs.find((d) => d.url === url) : undefined;
  return own ? { url: own.url, why: `reason ${input.reason}, whose page is ${own.url} (the reply carried no status code)` } : null;
}

export function bestArticle(
  index: readonly SearchDoc[],
  input: { replyCode: string; statusCode: string; diagnostic: string; reason: ReasonId | null },
): { url: string; why: string } | null {
  return messageArticle(index, input) ?? reasonArticle(index, input) ?? codeArticle(index, input);
}
