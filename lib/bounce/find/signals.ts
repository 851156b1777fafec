/**
 * Phrases and header values that tell what a message is: a failure report, a delay warning, a delivery notice,
 * an auto-reply. Lower-case substrings, matched against white-space-collapsed text.
 */
import { LOCALIZED_DELAY_PHRASES, LOCALIZED_FAILURE_PHRASES } from '../lang/report-words';

/** Words of a failure report (any server, any era). */
export const FAILURE_PHRASES = [
  'could not be delivered', 'couldn\'t be delivered', 'could not deliver', 'undeliverable', 'undelivered',
  'delivery failed', 'delivery has failed', 'delivery to the following', 'failed permanently', 'permanent error',
  'permanent failure', 'following address(es) failed', 'following addresses had permanent', 'was not delivered',
  'wasn\'t delivered', 'not be delivered', 'unable to deliver', 'returned to sender', 'returned mail',
  'did not reach', 'message not delivered', 'delivery failure', 'failure notice', 'non-delivery',
  'delivery status notification', 'mail delivery failed', 'mail delivery system', 'delivery problem',
  'could not be sent', 'rejected your message', 'message was rejected', 'not delivered to', 'failed to deliver',
  'delivery error', 'unable to relay', 'i\'m afraid i wasn\'t able', 'transcript of session', 'reason for failure',
  'error message', 'mail system error', 'returned message', 'unsent message', 'failed recipient',
  ...LOCALIZED_FAILURE_PHRASES,
] as const;

/**
 * How mail software quotes a remote server's reply in a report, beside its code: a pasted report line carries one
 * even when the pasted text has no other words of a failure. Examples: Postfix "<bob@example.org>: host
 * mx.example.org[192.0.2.5] said: 550 … (in reply to RCPT TO command)", qmail "Remote host said: 554 …", Exim
 * "SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 …", Sendmail "... while talking to
 * mx.example.org.:", RFC 3464 "Diagnostic-Code: smtp; 550 …", Exchange "Remote server returned '550 …'".
 */
export const REPLY_QUOTE_MARKERS = [
  '] said:', ' said: 4', ' said: 5', 'remote host said', 'in reply to rcpt to', 'in reply to end of data', 'in reply to mail from',
  'in reply to data', 'smtp error from remote', 'while talking to', 'diagnostic-code:', 'remote server returned',
  'the remote server said', 'the server responded with',
] as const;

/**
 * A recipient followed straight by a server's reply, as logs and one-line reports write it: "ann@example.com: 451
 * 4.7.1 Greylisting in action", "<bob@example.org>... 550 5.1.1 User unknown". The code must be followed by an
 * enhanced code or a word, so "call ann@example.com: 555-0100" is no reply. Bounded, so linear on any input.
 */
export const ADDRESS_THEN_REPLY = /@[\w.-]{1,253}>?\s{0,3}(?::|\.\.\.)\s{0,8}[45]\d\d[ -](?:[245]\.\d|[a-z])/i;

/** Words of a delay warning: the server keeps trying, nothing to do yet. */
export const DELAY_PHRASES = [
  'will continue trying', 'will keep trying', 'will retry', 'will be retried', 'still trying',
  'delivery has been delayed', 'delivery is delayed', 'has been delayed', 'not yet been delivered',
  'still undelivered after', 'this is a warning message only', 'you do not need to resend',
  'no action is required on your part', 'delivery attempts will continue', 'message is delayed', 'delayed mail',
  '(delay)', 'warning: message', 'retry until', 'will try again',
  ...LOCALIZED_DELAY_PHRASES,
] as const;

/**
 * Words only a delay warning says: the message is still queued and nothing needs resending. They decide even
 * where the warning also says "could not be delivered for 4 hours" (Postfix) or "will give up eventually" (Exim).
 */
export const STILL_QUEUED = [
  'this is a warning only', 'this is a warning message only', 'warning message only', 'you do not need to resend',
  'no action is required on your part', 'will be retried until', 'will be retried for', 'will keep trying until',
  'delivery attempts will continue', 'will continue to be attempted', 'hasn\'t been delivered yet', 'only a temporary failure report',
] as const;

export const DELIVERED_PHRASES = [
  'delivery status notification (success)', 'successfully delivered', 'was delivered', 'has been delivered',
  'delivered to the following', 'relayed to', 'delivery to the following recipients was complete', 'delivered:',
] as const;

const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon|mail delivery|system administrator)\b/i;

export function isBounceSender(from: string): boolean {
  const local = from.replace(/^.*</, '').split('@', 1)[0] ?? '';
  return BOUNCE_SENDER.test(local.trim()) || BOUNCE_SENDER.test(from.trim()) || /\bmailer-daemon\b/i.test(from);
}

const AUTOREPLY_SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|respons|antwort)|autoreply|auto:|out of (?:the )?office|away from|away until|vacation|abwesenheit|absence|r[ée]ponse automatique|respuesta autom|risposta automatica|automatisch|on leave|i am away|i'm away)/i;

export function looksLikeAutoreplySubject(subject: string): boolean {
  return AUTOREPLY_SUBJECT.test(subject.trim()) || /\b(?:out of (?:the )?office|autoreply|auto-reply|auto reply|automatic reply|vacation)\b/i.test(subject);
}

export function containsAny(text: string, phrases: readonly string[]): string | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return phrases.find((p) => t.includes(p)) ?? null;
}
