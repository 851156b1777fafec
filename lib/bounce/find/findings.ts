/**
 * Decides what the message is and gathers one finding per recipient: abuse report, delivery-status report,
 * auto-reply, plain-text bounce, or not a bounce at all.
 */
import { findAddresses, normalizeAddress } from './addresses';
import { legacyFeedback, parseFeedbackReport, type FeedbackReport } from '../formats/arf';
import { codesIn } from './codes-in';
import { dsnFindings } from './dsn-findings';
import { emptyFinding, type Finding } from './finding';
import { fieldValue } from '../read/header-block';
import type { Report } from '../read/report';
import { ADDRESS_THEN_REPLY, containsAny, FAILURE_PHRASES, isBounceSender, looksLikeAutoreplySubject, REPLY_QUOTE_MARKERS } from './signals';
import { sesFindings } from '../formats/ses-json';
import { textFindings } from './text-findings';
import { findRule } from '../../classifier/reasons/classify';

function feedbackOf(report: Report): FeedbackReport | null {
  const { parts } = report;
  const ct = fieldValue(parts.headers, 'content-type').toLowerCase();
  const part = parts.feedbackParts[0];
  if (part !== undefined) return parseFeedbackReport(part, report.originalTo);
  if (/report-type="?feedback-report/.test(ct) || /^feedback-type:/im.test(report.reportText)) {
    return parseFeedbackReport(report.reportText, report.originalTo);
  }
  return legacyFeedback(parts.headers, report.original);
}

function feedbackFindings(fb: FeedbackReport): Finding[] {
  const recipients = fb.recipients.length > 0 ? fb.recipients : [null];
  return recipients.map((r) => ({ ...emptyFinding('feedback'), recipient: r && normalizeAddress(r), feedbackType: fb.feedbackType, lines: fb.lines }));
}

/** Signs that only a mail system sends: a daemon sender, a report content type, a failed-recipients header. */
function strongBounce(report: Report): boolean {
  const h = report.parts.headers;
  return (
    isBounceSender(report.from) ||
    /multipart\/report/i.test(fieldValue(h, 'content-type')) ||
    fieldValue(h, 'x-failed-recipients') !== '' ||
    // a mailing-list server's refusal notice (fml: "You are not a member", "Loop Alert")
    /^fml\b/i.test(fieldValue(h, 'x-mlserver')) ||
    containsAny(report.subject, FAILURE_PHRASES) !== null
  );
}

function isAutoreply(report: Report): boolean {
  const h = report.parts.headers;
  return (
    /auto-replied/i.test(fieldValue(h, 'auto-submitted')) ||
    fieldValue(h, 'x-autoreply') !== '' ||
    fieldValue(h, 'x-autorespond') !== '' ||
    /auto[_-]?reply/i.test(fieldValue(h, 'precedence')) ||
    looksLikeAutoreplySubject(report.subject)
  );
}

/** Text with the words or codes of a failure (for pastes without headers). */
function weakBounce(report: Report): boolean {
  const text = report.reportText.slice(0, 65536);
  if (containsAny(text, FAILURE_PHRASES)) return true;
  const codes = codesIn(text);
  if (codes.status === '' && codes.replyCode === '') return false;
  // a failure code quoted the way mail software quotes a remote server's reply
  if (/^[45]/.test(codes.replyCode || codes.status) && (containsAny(text, REPLY_QUOTE_MARKERS) || ADDRESS_THEN_REPLY.test(text))) return true;
  return findRule(text) !== null;
}

export function collectFindings(report: Report): Finding[] {
  const ses = report.dsn.recipients.length === 0 ? sesFindings(report.parts.text) : null;
  if (ses && ses.length > 0) return ses;
  const fb = feedbackOf(report);
  if (fb) return feedbackFindings(fb);
  if (report.dsn.recipients.length > 0) return dsnFindings(report);
  const strong = strongBounce(report);
  if (!strong && isAutoreply(report)) {
    const from = findAddresses(report.from)[0]?.address ?? null;
    return [{ ...emptyFinding('autoreply'), recipient: from && normalizeAddress(from), lines: [`Subject: ${report.subject}`] }];
  }
  if (strong || weakBounce(report)) return textFindings(report);
  return [emptyFinding('not-a-bounce')];
}
