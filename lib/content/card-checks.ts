import { cardState, codeClasses, persistenceCard, whoActsCard, type CardSource } from './card';

type Checked = CardSource & { file: string };

const RETRY_WORDS = /\b(still retrying|keeps retrying|retries on its own|will retry)\b/i;
const GIVEN_UP_WORDS = /\b(given up|gave up|nothing is retried|not retried|nothing more is tried)\b/i;

/**
 * The answer card must agree with the article's codes and with where the reply is given. Returns one
 * "content/<file>: <field>: <problem>" line per contradiction.
 */
export function checkCard(a: Checked): string[] {
  const where = `content/${a.file}`;
  const errors: string[] = [];
  const classes = codeClasses(a);
  const failure = classes.has('4') || classes.has('5');
  const only5 = classes.has('5') && !classes.has('4');
  const only4 = classes.has('4') && !classes.has('5');
  const state = cardState(a);
  const card = persistenceCard(a);
  const who = whoActsCard(a);
  const text = `${card.title}. ${card.detail} ${who.detail}`;

  if (a.kind === 'guide' && a.replyFrom !== 'none') errors.push(`${where}: replyFrom: a guide explains no single reply; use "none"`);
  if (a.kind !== 'guide' && failure && a.replyFrom === 'none') errors.push(`${where}: replyFrom: "none", but the article's codes are failures (${[...classes].join(', ')}xx)`);
  if (a.kind !== 'guide' && !failure && classes.size > 0 && a.replyFrom !== 'none') errors.push(`${where}: replyFrom: a success or continuation reply is not a failure; use "none"`);
  if (a.replyFrom === 'delay-report' && only5) errors.push(`${where}: replyFrom: a delay warning carries a 4xx code, but this article's codes are all 5xx`);
  if (only5 && RETRY_WORDS.test(card.detail)) errors.push(`${where}: card: a 5xx-only article's card says the message is being retried`);
  if (only4 && state !== 'after-retries' && GIVEN_UP_WORDS.test(text)) errors.push(`${where}: card: a 4xx-only article's card says the sender gave up, without the report-after-retries case (replyFrom: final-report)`);
  if (only4 && card.title === 'Permanent') errors.push(`${where}: card: a 4xx-only article is shown as "Permanent"`);
  if (a.replyFrom === 'submission' && (a.whoActs === 'recipient' || a.whoActs === 'recipient-admin')) {
    errors.push(`${where}: whoActs: "${a.whoActs}", but the reply went to the sender's own mail program (replyFrom: submission); the recipient never saw this message`);
  }
  if (a.replyFrom === 'submission' && a.whoActs === 'nobody') errors.push(`${where}: whoActs: "nobody", but a refused submission was never queued, so the sender has to send again`);
  if (a.whoActs === 'nobody' && (state === 'permanent' || state === 'after-retries')) errors.push(`${where}: whoActs: "nobody", but the card says "${card.title}": someone has to act before the message is sent again`);
  return errors;
}
