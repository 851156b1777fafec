import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const mail = { timestamp: '2024-01-01T00:00:00Z', source: 'alice@example.org', messageId: 'm1', destination: ['bob@example.com'] };
const notice = (body: string) => ['From: no-reply@sns.amazonaws.com', 'To: alice@example.org', 'Subject: AWS Notification Message', 'Content-Type: text/plain; charset=UTF-8', '', body, '', '--', 'If you wish to stop receiving notifications from this topic, please click the link below.', ''].join('\n');
const bounce = { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'bob@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] }, mail };

describe('Amazon SES notifications', () => {
  it.each([
    ['a bounce', notice(JSON.stringify(bounce)), { kind: 'failed', recipient: 'bob@example.com', status: '5.1.1', replyCode: '550', reason: 'userunknown' }],
    ['a bounce inside an SNS envelope', notice(JSON.stringify({ Type: 'Notification', Message: JSON.stringify(bounce) }, null, 2)), { kind: 'failed', recipient: 'bob@example.com', reason: 'userunknown' }],
    ['a complaint', notice(JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'bob@example.com' }], complaintFeedbackType: 'abuse' }, mail })), { kind: 'feedback', recipient: 'bob@example.com', feedbackType: 'abuse', reason: 'feedback' }],
    ['a delivery, wrapped at 998 columns with "!"', notice(JSON.stringify({ notificationType: 'Delivery', delivery: { recipients: ['bob@example.com'], smtpResponse: '250 2.6.0 Message received' }, mail }).replace('bob@', 'bo!\n b@')), { kind: 'delivered', recipient: 'bob@example.com', status: '2.6.0', replyCode: '250', reason: 'delivered' }],
  ])('%s', async (_name, text, want) => {
    const { results } = await analyze(text);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject(want);
  });
});
