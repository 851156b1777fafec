import { describe, expect, it } from 'vitest';
import { parseDeliveryStatus, splitTyped } from './dsn';

const pick = (text: string) =>
  parseDeliveryStatus(text).recipients.map((r) => [r.finalRecipient, r.originalRecipient, r.action, r.status, r.remoteMta, r.diagnosticType, r.diagnostic]);

describe('parseDeliveryStatus: recipient blocks', () => {
  it.each([
    [
      'one recipient with prefixes',
      'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n',
      [['bob@example.org', '', 'failed', '5.1.1', 'mx.example.org', 'smtp', '550 5.1.1 User unknown']],
    ],
    [
      'folded diagnostic and original recipient first',
      'Original-Recipient: rfc822;Bob@Example.org\nFinal-Recipient: RFC822; <bob@example.org>\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: SMTP; 552 5.2.2 <bob@example.org>:\n    user is over quota\n',
      [['bob@example.org', 'Bob@Example.org', 'failed', '5.2.2', '', 'smtp', '552 5.2.2 <bob@example.org>: user is over quota']],
    ],
    [
      'two recipients without a blank line between them',
      'Final-Recipient: rfc822;a@example.org\nAction: failed\nStatus: 5.0.0\nFinal-Recipient: rfc822;b@example.org\nAction: delayed\nStatus: 4.4.1\n',
      [['a@example.org', '', 'failed', '5.0.0', '', '', ''], ['b@example.org', '', 'delayed', '4.4.1', '', '', '']],
    ],
    [
      'status with a comment and an action with a comment',
      'Final-Recipient: rfc822; c@example.org\nAction: failed (bad mailbox)\nStatus: 5.1.1 (Remote SMTP server has rejected address)\n',
      [['c@example.org', '', 'failed', '5.1.1', '', '', '']],
    ],
    [
      'remote MTA in brackets, x-unix diagnostic',
      'Final-Recipient: rfc822; d@example.org\nAction: failed\nStatus: 5.3.0\nRemote-MTA: dns; [192.0.2.7]\nDiagnostic-Code: X-Unix; 255\n',
      [['d@example.org', '', 'failed', '5.3.0', '192.0.2.7', 'x-unix', '255']],
    ],
    ['no recipient fields at all', 'Reporting-MTA: dns; mx.example.net\nArrival-Date: today\n', []],
  ])('%s', (_name, text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('parseDeliveryStatus: per-message fields', () => {
  it('reads Reporting-MTA, Arrival-Date and X-Postfix-Sender', () => {
    const dsn = parseDeliveryStatus('Reporting-MTA: dns; out1.example.net\nX-Postfix-Sender: rfc822; alice@example.com\nArrival-Date: Tue, 3 Mar 2026\n\nFinal-Recipient: rfc822; bob@example.org\nAction: delayed\nStatus: 4.4.7\nWill-Retry-Until: Fri, 6 Mar 2026\nLast-Attempt-Date: Tue, 3 Mar 2026\n');
    expect([dsn.reportingMta, dsn.postfixSender, dsn.arrivalDate]).toEqual(['out1.example.net', 'alice@example.com', 'Tue, 3 Mar 2026']);
    expect(dsn.recipients[0]?.willRetryUntil).toBe('Fri, 6 Mar 2026');
    expect(dsn.recipients[0]?.lastAttemptDate).toBe('Tue, 3 Mar 2026');
  });
});

describe('splitTyped', () => {
  it.each([
    ['rfc822; bob@example.org', 'rfc822', 'bob@example.org'],
    ['smtp;550 5.1.1 unknown', 'smtp', '550 5.1.1 unknown'],
    ['plain value', '', 'plain value'],
  ])('%s', (value, type, rest) => {
    expect(splitTyped(value)).toEqual({ type, value: rest });
  });
});
