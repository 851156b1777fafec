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
  /** Its 4.x.x side, when the query asks for temporary or carries a 4xx code; the permanent page otherwise. */
  temporary?: string;
}

/**
 * Reasons with one page that explains them; the broad ones (filtered, policyviolation, securityerror, rejected,
 * onhold, undefined...) name no single page and are left out. Topic owners where the topic is the reason
 * (relay, ptr, spam, starttls, dmarc), the status code's page otherwise.
 */
export const REASON_PAGES: Readonly<Partial<Record<ReasonId, ReasonPages>>> = {
  userunknown: { permanent: '/codes/5.1.1/', temporary: '/codes/4.1.1/' },
  hostunknown: { permanent: '/codes/5.1.2/', temporary: '/codes/4.1.2/' },
  hasmoved: { permanent: '/codes/5.1.6/', temporary: '/codes/4.1.6/' },
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
  norelaying: { permanent: '/errors/relay-access-denied/' },
  requireptr: { permanent: '/errors/no-reverse-hostname/' },
  spamdetected: { permanent: '/errors/rejected-as-spam/' },
  blocked: { permanent: '/errors/blocked-by-spamhaus/' },
  authfailure: { permanent: '/codes/5.7.26/', temporary: '/codes/4.7.26/' },
  failedstarttls: { permanent: '/codes/5.7.10/', temporary: '/codes/4.7.10/' },
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
