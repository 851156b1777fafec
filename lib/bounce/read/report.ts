/**
 * Everything the analyzer reads from one message, gathered once: headers, the report text, the delivery-status
 * fields, the recipient blocks of the plain text and the returned original's headers.
 */
import { findAddresses, normalizeAddress } from '../find/addresses';
import { parseDeliveryStatus, type DeliveryStatus } from '../formats/dsn';
import { fieldValue, readFields, type Field } from './header-block';
import type { MessageParts } from './mime';
import { readPlainReport, type PlainReport } from '../formats/plain-report';

export interface Report {
  parts: MessageParts;
  subject: string;
  from: string;
  dsn: DeliveryStatus;
  plain: PlainReport;
  /** Headers of the returned original (from its part, or from the inline copy). */
  original: Field[];
  originalTo: string[];
  /** The report's own text above the original, as one string. */
  reportText: string;
}

const addressesOf = (value: string) => findAddresses(value).map((h) => normalizeAddress(h.address));

function embeddedStatus(text: string): boolean {
  return /^(?:final|original)-recipient:/im.test(text.length > 262144 ? text.slice(0, 262144) : text);
}

export function buildReport(parts: MessageParts): Report {
  const h = parts.headers;
  const subject = fieldValue(h, 'subject');
  const from = fieldValue(h, 'from');
  let dsn = parseDeliveryStatus(parts.statusParts.join('\n\n'));
  const exclude = new Set<string>();
  for (const name of ['to', 'from', 'return-path', 'reply-to']) for (const a of addressesOf(fieldValue(h, name))) exclude.add(a.toLowerCase());
  if (dsn.postfixSender) exclude.add(dsn.postfixSender.toLowerCase());
  const named = new Set(dsn.recipients.flatMap((r) => [r.finalRecipient, r.originalRecipient]).filter(Boolean).map((a) => a.toLowerCase()));
  const plain = readPlainReport(parts.text, exclude, named);
  const reportText = plain.lines.join('\n');
  if (dsn.recipients.length === 0 && embeddedStatus(reportText)) {
    const inText = parseDeliveryStatus(reportText);
    if (inText.recipients.length > 0) dsn = inText;
  }
  const originalText = parts.original || plain.originalLines.slice(1).join('\n');
  const original = readFields(originalText.replace(/^\s+/, ''));
  return {
    parts,
    subject,
    from,
    dsn,
    plain,
    original,
    originalTo: addressesOf(fieldValue(original, 'to')),
    reportText,
  };
}
