/**
 * Delay warnings in the styles of the common mail servers, written for these tests (example domains): each is a
 * delay (still queued), with its stated cause as the reason, or onhold when it states none.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const postfix = `From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Delayed Mail (still being retried)

# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<bob@example.org>: host mx.example.org[192.0.2.10] said: 452 4.2.2 Mailbox full
    (in reply to RCPT TO command)
`;

const exim = `From: Mail Delivery System <Mailer-Daemon@mx.example.net>
Subject: Warning: message 1qAbCd-000123-XY delayed 24 hours

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx.example.net.

The address to which the message has not yet been delivered is:

  carol@example.org
    host mx.example.org [192.0.2.20]
    Connection refused

No action is required on your part. Delivery attempts will continue for
some time. Eventually the mail delivery software will give up.
`;

const sendmail = `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>
Subject: Warning: could not send message for past 4 hours

    **      THIS IS A WARNING MESSAGE ONLY      **

   ----- Transcript of session follows -----
<dave@example.org>... Deferred: Connection timed out with mx.example.org.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
`;

const noCause = `From: Mail Delivery System <Mailer-Daemon@mx.example.net>
Subject: Delivery delayed

This is a warning only: your message to frank@example.org has not been delivered yet.
It will be retried until 12 Dec 2026; you do not need to resend it.
`;

describe('delay warnings', () => {
  it.each([
    ['Postfix, with the words "could not be delivered for 4 hours"', postfix, 'bob@example.org', 'mailboxfull'],
    ['Exim, refused connection', exim, 'carol@example.org', 'networkerror'],
    ['Sendmail, timed out: the trouble being retried, not an expiry', sendmail, 'dave@example.org', 'networkerror'],
    ['no stated cause', noCause, 'frank@example.org', 'onhold'],
  ] as const)('%s', async (_name, text, recipient, reason) => {
    const { results } = await analyze(text);
    expect(results[0]).toMatchObject({ kind: 'delayed', recipient, reason, permanent: false });
  });
});
