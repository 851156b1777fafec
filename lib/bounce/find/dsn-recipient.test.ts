/** Which address a delivery-status report's result names when the server rewrote the recipient internally. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const dsn = (finalRecipient: string, textAddress: string) => `From: MAILER-DAEMON@backend.example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

<${textAddress}>: host store.example.net said: 552 5.2.2 Mailbox full

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; backend.example.com

Final-Recipient: rfc822; ${finalRecipient}
Original-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.2.2

--b--
`;

describe('rewritten recipients', () => {
  it.each([
    ['an internal rewrite the text does not name: the address the sender used', dsn('bob@cluster.example.net', 'bob@example.com'), 'bob@example.com'],
    ['a final address the text names: that one', dsn('robert@example.com', 'robert@example.com'), 'robert@example.com'],
  ] as const)('%s', async (_name, text, recipient) => {
    const { results } = await analyze(text);
    expect(results.map((r) => r.recipient)).toEqual([recipient]);
  });
});
