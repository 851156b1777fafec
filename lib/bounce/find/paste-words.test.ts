/** A pasted body without headers counts as a bounce when it carries a code and words any reason rule reads. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

describe('body-only pastes', () => {
  it.each([
    ['paraphrased unknown mailbox, read by a concept rule', 'Your message to bob@example.org was refused.\n550 The recipient you addressed is not known here\n', 'failed', 'userunknown'],
    ['paraphrased size refusal', 'Sending to carol@example.net failed:\n552 Your email is larger than the 20 MB this server accepts\n', 'failed', 'mesgtoobig'],
    ['a Postfix report line pasted alone', '<dave@example.org>: host mx.example.org[192.0.2.5] said: 550 sorry, your envelope recipient is in my badrcptto list (#5.7.1) (in reply to RCPT TO command)\n', 'failed', null],
    ['an Exim report line pasted alone', 'SMTP error from remote mail server after RCPT TO:<erin@example.net>:\n    host mx.example.net [198.51.100.4]: 550 Administrative prohibition\n', 'failed', null],
    ['a qmail report line pasted alone', '<frank@example.com>:\nRemote host said: 554 Transaction refused by the administrator\n', 'failed', null],
    ['an address followed by a temporary reply, as a log writes it', 'ann@example.com: 451 4.7.1 Greylisting in action, please come back later\n', 'failed', null],
    ['a Sendmail-style address and reply', '<bob@example.org>... 550 Requested action not taken\n', 'failed', null],
    ['a phone number after an address is no reply', 'Please write to ann@example.com: 555-0100 is our phone.\n', 'not-a-bounce', null],
    ['a success reply quoted the same way is no failure', 'host mx.example.org[192.0.2.5] said: 250 2.0.0 Ok: queued as 4F2A1\n', 'not-a-bounce', null],
    ['a code in ordinary prose is not a bounce', 'Our meeting is in room 550 at 10:00, see you there.\n', 'not-a-bounce', null],
  ] as const)('%s', async (_name, text, kind, reason) => {
    const { results } = await analyze(text);
    expect(results[0]?.kind).toBe(kind);
    if (reason !== null || kind === 'not-a-bounce') expect(results[0]?.reason ?? null).toBe(reason);
  });
});

describe('who acts on a failure nobody names', () => {
  it('is the sender, who alone can send the message again', async () => {
    const { results } = await analyze('<gina@example.org>: host mx.example.org[192.0.2.5] said: 550 Requested action aborted: not taking this now (in reply to RCPT TO command)\n');
    expect(results[0]).toMatchObject({ kind: 'failed', reason: 'onhold', whoActs: 'sender' });
  });
});
