/**
 * The analyzer's reading of words serving search: when the index knows none of a query's words well ("Postfach
 * voll", "destinatario desconocido", "用户不存在", an unseen paraphrase), the reason rules of lib/classifier/reasons
 * (phrases, concept words, localized rows) may still name the condition, and the page that explains it is the
 * answer. Each reason points at the page a support agent links for it in general, permanent and temporary.
 */
import type { ReasonId } from '../../reasons';
import { ANY_LANGUAGE } from '../reasons/concept-match';
import { findRule } from '../reasons/find-rule';
import { parseQuery } from './query';

interface ReasonPages {
  /** The page for the condition as a permanent failure (what most people hold). */
  permanent: string;
  /** Its 4.x.x side, for a query that asks for temporary or a 4xx reply; absent when the permanent page answers both. */
  temporary?: string;
}

/**
 * The page that explains each reason in general, permanent and temporary: what search's fallback shows for words
 * the rules read as that reason, and what the analyzer links for a reply that named the reason but carried no
 * enhanced code (article-for.ts). Status pages, except where the reason is one the site answers with its own
 * page (relaying, spam). The broad reasons (filtered, policyviolation, securityerror, onhold, undefined...) name
 * no single page and are left out. A temporary side that is absent means the permanent page answers both.
 */
export const REASON_PAGES: Readonly<Partial<Record<ReasonId, ReasonPages>>> = {
  userunknown: { permanent: '/codes/5.1.1/', temporary: '/codes/4.1.1/' },
  hostunknown: { permanent: '/codes/5.1.2/', temporary: '/codes/4.1.2/' },
  hasmoved: { permanent: '/codes/5.1.6/', temporary: '/codes/4.1.6/' },
  rejected: { permanent: '/codes/5.1.8/', temporary: '/codes/4.1.8/' },
  suspend: { permanent: '/codes/5.2.1/', temporary: '/codes/4.2.1/' },
  mailboxfull: { permanent: '/codes/5.2.2/', temporary: '/codes/4.2.2/' },
  exceedlimit: { permanent: '/codes/5.2.3/', temporary: '/codes/4.2.3/' },
  systemfull: { permanent: '/codes/5.3.1/', temporary: '/codes/4.3.1/' },
  systemerror: { permanent: '/codes/5.3.0/', temporary: '/codes/4.3.0/' },
  mesgtoobig: { permanent: '/codes/5.3.4/', temporary: '/codes/4.3.4/' },
  expired: { permanent: '/codes/5.4.7/', temporary: '/codes/4.4.7/' },
  notaccept: { permanent: '/codes/556/' },
  syntaxerror: { permanent: '/codes/5.5.2/', temporary: '/codes/4.5.2/' },
  contenterror: { permanent: '/codes/5.6.0/', temporary: '/codes/4.6.0/' },
  blocked: { permanent: '/codes/5.7.1/', temporary: '/codes/4.7.1/' },
  requireptr: { permanent: '/codes/5.7.25/', temporary: '/codes/4.7.25/' },
  authfailure: { permanent: '/codes/5.7.26/', temporary: '/codes/4.7.26/' },
  failedstarttls: { permanent: '/codes/5.7.10/', temporary: '/codes/4.7.10/' },
  norelaying: { permanent: '/errors/relay-access-denied/' },
  spamdetected: { permanent: '/errors/rejected-as-spam/' },
};

export interface ReasonHint {
  url: string;
  reason: ReasonId;
  ruleId: string;
}

/**
 * The page the reason rules name for the query's words, in the class asked for, or null. A rule decided by class
 * words alone ("will retry" reads as a delay to the analyzer) names no condition: those words only say which class.
 */
export function reasonHint(query: string, temporary: boolean): ReasonHint | null {
  const hit = findRule(query.slice(0, 2000), undefined, ANY_LANGUAGE);
  const pages = hit ? REASON_PAGES[hit.reason] : undefined;
  if (!hit || !pages) return null;
  const matched = parseQuery(hit.matched);
  if (matched.tokens.length > 0 && matched.topicWords.length === 0) return null;
  return { url: (temporary && pages.temporary) || pages.permanent, reason: hit.reason, ruleId: hit.ruleId };
}
