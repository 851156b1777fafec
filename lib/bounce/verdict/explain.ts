import type { RecipientResult } from '../types';
import { REASONS } from '../../reasons';
import { WHO_ACTS_TEXT } from '../../content/labels';

/** The facts of a verdict that the words depend on (a full result, or one restored from a permalink). */
export type VerdictFacts = Pick<RecipientResult, 'kind' | 'recipient' | 'status' | 'replyCode' | 'reason' | 'permanent' | 'ourServer' | 'whoActs' | 'diagnostic' | 'article' | 'reasonGuesses'>;

export interface Explanation {
  /** One line: what happened. */
  headline: string;
  /** What it means for the reader right now. */
  detail: string;
  who: { title: string; detail: string };
}

const codes = (r: VerdictFacts) => [r.replyCode, r.status].filter(Boolean).join(' ');

/** Whether the report left the cause open: no rule named it. */
const unclear = (r: VerdictFacts) => r.reason === 'onhold' || r.reason === 'undefined' || r.reason === null;

/**
 * A sentence about the closest known messages: when the cause is unclear, the best guesses, said as guesses; when
 * the closest known message decided, which one it was.
 */
function guessText(r: VerdictFacts): string {
  const guesses = r.reasonGuesses ?? [];
  if (guesses.length === 0) return '';
  const quoted = guesses.map((g) => `"${g.message}" (${REASONS[g.reason].label.toLowerCase()})`);
  if (unclear(r)) return ` The server's words do not say clearly why; the closest known messages are ${quoted.join(' and ')}.`;
  return ` No rule names these words; the closest known message is ${quoted[0]}.`;
}

/** Plain words for one recipient's verdict, aware of whether the host's own server decided. */
export function explain(r: VerdictFacts, hostName: string): Explanation {
  const to = r.recipient ? ` to ${r.recipient}` : '';
  const reason = r.reason && !unclear(r) ? REASONS[r.reason].label : 'Reason unclear';
  const whoText = WHO_ACTS_TEXT[r.whoActs];
  const who = { title: whoText.title.replace('{host}', hostName), detail: whoText.detail };
  const code = codes(r) ? ` (${codes(r)})` : '';
  const server = r.ourServer ? `${hostName}'s own mail server` : "the receiving mail server";
  switch (r.kind) {
    case 'failed':
      return {
        headline: `Delivery${to} failed${r.permanent === false ? ' for now' : ''}: ${reason.toLowerCase()}${code}.`,
        detail:
          (r.permanent === false
            ? `It was refused temporarily by ${server}; the sending server may still retry.`
            : `It was refused by ${server} and will not be retried. Something must change before you send again.`) + guessText(r),
        who,
      };
    case 'delayed':
      return {
        headline: `Delivery${to} is delayed${code}: ${reason.toLowerCase()}.`,
        detail: `Nothing to do yet. The sending server keeps trying on its own and will send another notice if it finally gives up.${guessText(r)}`,
        who: { title: 'Nobody yet', detail: 'Wait for the retries; act only if a final failure notice arrives.' },
      };
    case 'delivered':
      return { headline: `The message${to} was delivered or relayed.`, detail: 'This is a success notice: nothing failed.', who: { title: 'Nobody', detail: 'Nothing needs doing.' } };
    case 'feedback':
      return {
        headline: 'This is a complaint (abuse feedback) report, not a bounce.',
        detail: 'A recipient marked a message as spam. Stop mailing that address and check why it received the message.',
        who,
      };
    case 'autoreply':
      return { headline: `This is an automatic reply${to}, not a bounce.`, detail: 'The message was delivered; the recipient is away or uses an auto-responder.', who: { title: 'Nobody', detail: 'Nothing needs doing.' } };
    default:
      return {
        headline: 'This does not look like a bounce.',
        detail: 'No delivery failure, delay or report was found in it. Paste the full bounce, ideally the whole message source.',
        who: { title: 'Nobody yet', detail: 'Look for the original bounce message and paste it whole.' },
      };
  }
}

/** A short plain-text summary of a verdict, for pasting into a ticket or chat. */
export function summaryText(r: VerdictFacts, hostName: string, siteUrl: string): string {
  const e = explain(r, hostName);
  return [
    e.headline,
    e.detail,
    `Who needs to act: ${e.who.title}.`,
    ...(r.diagnostic ? [`Server said: ${r.diagnostic}`] : []),
    ...(r.article ? [`More: ${siteUrl}${r.article}`] : []),
  ].join('\n');
}

/** A ready-to-send reply for a support agent to give the customer. */
export function customerReply(r: VerdictFacts, hostName: string, siteUrl: string, articleTitle: string | null): string {
  const e = explain(r, hostName);
  return [
    'Hello,',
    '',
    `Thank you for sending the bounce. ${e.headline} ${e.detail}`,
    '',
    `Who needs to act: ${e.who.title}. ${e.who.detail}`,
    ...(r.diagnostic ? ['', `The server's exact words were: "${r.diagnostic}"`] : []),
    ...(r.article ? ['', `Step-by-step help${articleTitle ? ` ("${articleTitle}")` : ''}: ${siteUrl}${r.article}`] : []),
    '',
    'If anything is unclear, just reply to this message.',
    '',
    `${hostName} support`,
  ].join('\n');
}
