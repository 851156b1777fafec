/**
 * The answer card ("Who needs to act", "Temporary or permanent") of an article, derived from facts the article
 * states: the class of its codes, where the reply is given (`replyFrom`) and its reasons, never a hand-set label.
 * RFC 5321 §4.2.1: a 4yz reply is a transient failure the sender may retry; a 5yz reply is permanent and is not
 * repeated unchanged. A reply given to the customer's own mail program (login, submission) is never queued.
 */
import type { Frontmatter } from './schema';
import { WHO_ACTS_TEXT } from './labels';

/** How lasting the failure is, as the card says it. */
export type CardState = 'temporary' | 'permanent' | 'either' | 'after-retries' | 'none';
export type ReplyFrom = Frontmatter['replyFrom'];

export type CardSource = Pick<Frontmatter, 'kind' | 'replyCodes' | 'statusCodes' | 'messages' | 'reasons' | 'replyFrom' | 'whoActs'> & {
  slug: string;
};

/** First digits of the codes the article is about: a /codes/ page's own code; every code of an error page. */
export function codeClasses(a: CardSource): Set<string> {
  if (a.kind === 'guide') return new Set();
  const own = a.kind === 'error' ? '' : a.slug.charAt(0);
  if (/^[2-5]$/.test(own)) return new Set([own]);
  const codes = [...a.replyCodes, ...a.statusCodes, ...a.messages.flatMap((m) => [m.replyCode ?? '', m.statusCode ?? ''])];
  return new Set(codes.map((c) => c.charAt(0)).filter((d) => /^[2-5]$/.test(d)));
}

/**
 * The card state. A final report is final whatever its last code was ("after retries" when that was a 4xx); a delay
 * report is temporary; otherwise the classes decide: only 4xx temporary, only 5xx permanent, both either.
 */
export function cardState(a: CardSource): CardState {
  const classes = codeClasses(a);
  const temporary = classes.has('4');
  const permanent = classes.has('5');
  if (a.kind === 'guide' || a.replyFrom === 'none') return 'none';
  if (a.replyFrom === 'final-report') return permanent ? 'permanent' : 'after-retries';
  if (a.replyFrom === 'delay-report') return permanent ? 'either' : 'temporary';
  if (temporary && permanent) return 'either';
  if (temporary) return 'temporary';
  return permanent ? 'permanent' : 'none';
}

/** A sending-rate or volume limit (first reason "speeding"): only the time of sending has to change. */
export const isRateLimit = (a: Pick<Frontmatter, 'reasons'>): boolean => a.reasons[0] === 'speeding';

const TITLES: Record<CardState, string> = {
  temporary: 'Temporary',
  permanent: 'Permanent',
  either: 'Temporary or permanent',
  'after-retries': 'Final, after retries',
  none: 'Not an error',
};

type Details = Partial<Record<ReplyFrom, string>> & { default: string };

const RETRYING = 'The sending server is still retrying until its queue lifetime ends, usually a few days; you hear again only if it gives up.';
const SUBMISSION = 'Your mail program shows this immediately; nothing was queued.';

const DETAILS: Record<CardState, Details> = {
  temporary: {
    default: RETRYING,
    submission: `${SUBMISSION} Send again yourself once the steps are done.`,
    'our-server': 'Our server deferred it; the sending server keeps retrying for its queue lifetime, usually a few days.',
    varies: 'Between servers, the sending server is still retrying for a few days; shown by your mail program, nothing was queued: send again later.',
  },
  permanent: {
    default: "The recipient's server refused it and the sending server has given up. Change something before you resend.",
    submission: `${SUBMISSION} Nothing was sent: fix the cause, then send again.`,
    'our-server': 'Our server refused it and will not try again. Something must change before it is sent again.',
    'final-report': 'The sending server could not deliver it and has given up; nothing more is tried.',
    varies: 'Final: nothing is retried, whether your mail program showed it or it came back as a bounce.',
  },
  either: {
    default: 'After a 4xx reply the sending server is still retrying; after a 5xx reply it has given up.',
    submission: `${SUBMISSION} After a 4xx try again shortly; after a 5xx fix the cause first.`,
    'delay-report': 'A delay warning (4xx): the sending server is still retrying. A final report (5xx): it has given up.',
  },
  'after-retries': {
    default: 'The sending server retried for days and has given up; the last reply was temporary. Resend once the cause is fixed.',
  },
  none: { default: 'Nothing failed.' },
};

const RATE_LIMIT_PERMANENT: Details = {
  default: 'The sending server has given up on this message. Nothing about the address or message has to change: resend yourself after the limit resets.',
  submission: `${SUBMISSION} Nothing else has to change: resend yourself after the limit resets.`,
};

/** The "Temporary or permanent" card: a short title and a sentence or two for this article's case. */
export function persistenceCard(a: CardSource): { state: CardState; title: string; detail: string } {
  const state = cardState(a);
  const table = state === 'permanent' && isRateLimit(a) ? RATE_LIMIT_PERMANENT : DETAILS[state];
  return { state, title: TITLES[state], detail: table[a.replyFrom] ?? table.default };
}

const SENDER_DETAIL: Partial<Record<ReplyFrom, string>> = {
  submission: "What you send or your mail program's settings (login, password, limits) must change; the recipient is not involved.",
};

/** The "Who needs to act" card; `{host}` in the title is the host's name. */
export function whoActsCard(a: CardSource): { title: string; detail: string } {
  const base = WHO_ACTS_TEXT[a.whoActs];
  const state = cardState(a);
  if (a.whoActs === 'sender' && isRateLimit(a) && state !== 'temporary') {
    return { title: base.title, detail: 'Wait until the limit resets, then resend; nothing about the address or the message has to change.' };
  }
  if (a.whoActs === 'sender') return { title: base.title, detail: SENDER_DETAIL[a.replyFrom] ?? base.detail };
  if (a.whoActs === 'sender-admin' && a.replyFrom === 'submission') {
    return { title: base.title, detail: 'Whoever runs your mail account or sending setup (your IT team or email provider) has to change it; the recipient is not involved.' };
  }
  return base;
}
