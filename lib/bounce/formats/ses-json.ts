/**
 * Amazon SES notifications sent by email: a JSON object in the body ("notificationType": Bounce, Complaint or
 * Delivery), either alone or as the "Message" string of an SNS envelope. Each names its recipients with their
 * status and the remote server's words.
 */
import { normalizeAddress } from '../find/addresses';
import { codesIn } from '../find/codes-in';
import { emptyFinding, type Finding } from '../find/finding';
import { kindFromAction } from '../find/kind';
import { field, list, record, text } from '../read/json-read';

/** The parts of an SES notification the analyzer reads; anything else in the JSON is ignored. */
interface SesRecipient {
  emailAddress: string;
  action?: string;
  status?: string;
  diagnosticCode?: string;
}

interface Notification {
  bounce?: { bounceType?: string; bouncedRecipients: SesRecipient[]; reportingMTA?: string };
  complaint?: { complainedRecipients: SesRecipient[]; complaintFeedbackType?: string };
  delivery?: { recipients: string[]; smtpResponse?: string; reportingMTA?: string };
}

function sesRecipient(value: unknown): SesRecipient | null {
  const r = record(value);
  const emailAddress = text(field(r, 'emailAddress'));
  if (emailAddress === undefined) return null;
  return { emailAddress, action: text(field(r, 'action')), status: text(field(r, 'status')), diagnosticCode: text(field(r, 'diagnosticCode')) };
}

/** Reads a notification from parsed JSON, or null when the value is not one. */
function toNotification(value: unknown): Notification | null {
  const n = record(value);
  if (!n || (text(field(n, 'notificationType')) === undefined && text(field(n, 'eventType')) === undefined)) return null;
  const bounce = record(field(n, 'bounce'));
  const complaint = record(field(n, 'complaint'));
  const delivery = record(field(n, 'delivery'));
  return {
    bounce: bounce && {
      bounceType: text(field(bounce, 'bounceType')),
      bouncedRecipients: list(field(bounce, 'bouncedRecipients'), sesRecipient),
      reportingMTA: text(field(bounce, 'reportingMTA')),
    },
    complaint: complaint && {
      complainedRecipients: list(field(complaint, 'complainedRecipients'), sesRecipient),
      complaintFeedbackType: text(field(complaint, 'complaintFeedbackType')),
    },
    delivery: delivery && {
      recipients: list(field(delivery, 'recipients'), text),
      smtpResponse: text(field(delivery, 'smtpResponse')),
      reportingMTA: text(field(delivery, 'reportingMTA')),
    },
  };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON object that opens a line of the text, cut at each closing brace from the last until one parses. */
function jsonIn(text: string): unknown {
  const start = text.search(/^\s*\{/m);
  if (start === -1) return undefined;
  const body = text.slice(start, start + 262144).replace(/!\n /g, '');
  let end = body.lastIndexOf('}');
  for (let tries = 0; end !== -1 && tries < 8; tries++) {
    const value = tryJson(body.slice(0, end + 1));
    if (value !== undefined) return value;
    end = body.lastIndexOf('}', end - 1);
  }
  return undefined;
}

function readNotification(body: string): Notification | null {
  if (!body.includes('notificationType') && !body.includes('eventType')) return null;
  const value = jsonIn(body);
  const message = text(field(record(value), 'Message'));
  return toNotification(message === undefined ? value : tryJson(message));
}

function stripType(diagnostic: string): string {
  return diagnostic.replace(/^[\w-]{1,20};\s*/, '');
}

/** Findings of an SES notification in the text, or null when there is none. */
export function sesFindings(text: string): Finding[] | null {
  const n = readNotification(text);
  if (!n) return null;
  if (n.bounce) {
    return n.bounce.bouncedRecipients.map((r) => {
      const diagnostic = stripType(r.diagnosticCode ?? '');
      const codes = codesIn(diagnostic);
      const status = codes.status || (r.status ?? '');
      const kind = kindFromAction((r.action ?? '').toLowerCase(), status) ?? (n.bounce?.bounceType === 'Transient' ? 'delayed' : 'failed');
      return { ...emptyFinding(kind), recipient: normalizeAddress(r.emailAddress), status, replyCode: codes.replyCode, diagnostic, diagnosticType: 'smtp', reportingMta: n.bounce?.reportingMTA ?? '', lines: [r.diagnosticCode ?? ''] };
    });
  }
  if (n.complaint) {
    const feedbackType = (n.complaint.complaintFeedbackType ?? 'abuse').toLowerCase();
    return n.complaint.complainedRecipients.map((r) => ({ ...emptyFinding('feedback'), recipient: normalizeAddress(r.emailAddress), feedbackType, lines: [`complaintFeedbackType: ${feedbackType}`] }));
  }
  if (n.delivery) {
    const response = n.delivery.smtpResponse ?? '';
    const codes = codesIn(response);
    return n.delivery.recipients.map((r) => ({ ...emptyFinding('delivered'), recipient: normalizeAddress(r), status: codes.status, replyCode: codes.replyCode, diagnostic: response, reportingMta: n.delivery?.reportingMTA ?? '', lines: [response] }));
  }
  return null;
}
