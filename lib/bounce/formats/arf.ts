/**
 * Abuse and complaint reports (ARF, RFC 5965), and the older provider complaint formats that carry the complained
 * recipient in the returned message (Hotmail's X-HmXmrOriginalRecipient) or are one-click unsubscribe mails.
 */
import { findAddresses } from '../find/addresses';
import { fieldValue, readFields, type Field } from '../read/header-block';

export interface FeedbackReport {
  feedbackType: string;
  recipients: string[];
  lines: string[];
}

export function parseFeedbackReport(text: string, originalTo: string[]): FeedbackReport {
  const fields = readFields(text, false);
  const recipients = fields
    .filter((f) => f.name === 'original-rcpt-to' || f.name === 'removal-recipient')
    .flatMap((f) => findAddresses(f.value).map((h) => h.address));
  const lines = fields.filter((f) => /^(?:feedback-type|original-rcpt-to|source-ip|original-mail-from|reported-domain|authentication-results|user-agent)$/.test(f.name)).map((f) => f.line);
  return {
    feedbackType: fieldValue(fields, 'feedback-type').toLowerCase().split(/[\s;]/, 1)[0] ?? '',
    recipients: recipients.length > 0 ? recipients : originalTo.slice(0, 1),
    lines,
  };
}

/** Complaint formats without a feedback-report part. */
export function legacyFeedback(headers: readonly Field[], original: readonly Field[]): FeedbackReport | null {
  const hotmail = fieldValue(original, 'x-hmxmroriginalrecipient');
  if (hotmail) {
    return { feedbackType: 'abuse', recipients: findAddresses(hotmail).map((h) => h.address), lines: [`X-HmXmrOriginalRecipient: ${hotmail}`] };
  }
  if (/^true$/i.test(fieldValue(headers, 'x-apple-unsubscribe'))) {
    const to = findAddresses(fieldValue(headers, 'to')).map((h) => h.address);
    return { feedbackType: 'opt-out', recipients: to.slice(0, 1), lines: ['X-Apple-Unsubscribe: true'] };
  }
  return null;
}
