/**
 * Amazon SES notifications sent by email: a JSON object in the body ("notificationType": Bounce, Complaint or
 * Delivery), either alone or as the "Message" string of an SNS envelope. Each names its recipients with their
 * status and the remote server's words.
 */
import { z } from 'zod';
import { normalizeAddress } from './addresses';
import { codesIn } from './codes-in';
import { emptyFinding, type Finding } from './finding';
import { kindFromAction } from './kind';

const recipient = z.object({
  emailAddress: z.string(),
  action: z.string().optional(),
  status: z.string().optional(),
  diagnosticCode: z.string().optional(),
});

const notification = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z.object({ bounceType: z.string().optional(), bouncedRecipients: z.array(recipient), reportingMTA: z.string().optional() }).optional(),
  complaint: z.object({ complainedRecipients: z.array(recipient), complaintFeedbackType: z.string().optional() }).optional(),
  delivery: z.object({ recipients: z.array(z.string()), smtpResponse: z.string().optional(), reportingMTA: z.string().optional() }).optional(),
});
type Notification = z.infer<typeof notification>;

const envelope = z.object({ Type: z.string().optional(), Message: z.string() });

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

function readNotification(text: string): Notification | null {
  if (!text.includes('notificationType') && !text.includes('eventType')) return null;
  const value = jsonIn(text);
  const wrapped = envelope.safeParse(value);
  const parsed = notification.safeParse(wrapped.success ? tryJson(wrapped.data.Message) : value);
  return parsed.success ? parsed.data : null;
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
