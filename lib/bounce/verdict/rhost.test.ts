import { describe, expect, it } from 'vitest';
import { hostReason } from './rhost';
import { smtpCommandIn } from '../find/smtp-command';

describe('provider rules decide first for their own servers', () => {
  it.each([
    ['La Poste numbered code', ['smtpz4.laposte.net'], '550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426', '5.5.0', 'suspend', 'rhost:franceptt/code-426'],
    ['La Poste words', ['smtpz4.laposte.net'], '421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later.', '4.2.1', 'blocked', 'rhost:franceptt/service-refused'],
    ['docomo sender filter', ['mfsmax.docomo.ne.jp'], '550 Unknown user bob@docomo.ne.jp', '5.0.0', 'rejected', 'rhost:nttdocomo/sender-filter'],
    ['docomo recipient filter by status', ['mfsmax.docomo.ne.jp'], '550 Unknown user bob@docomo.ne.jp', '5.2.0', 'filtered', 'rhost:nttdocomo/status-5.2.0'],
    ['the reporting server counts too', ['mail.example.org', 'server-1.bemta-2.messagelabs.com'], '550 bob@example.org... No such user', '5.0.0', 'userunknown', 'rhost:messagelabs/invalid-recipient'],
  ] as const)('%s', (_name, hosts, diagnostic, status, reason, ruleId) => {
    expect(hostReason(hosts, diagnostic, status)).toMatchObject({ reason, ruleId });
  });

  it('stays silent for other servers', () => {
    expect(hostReason(['mx.example.net'], '550 Unknown user', '5.0.0')).toBeNull();
  });
});

describe('smtpCommandIn', () => {
  it.each([
    ['Postfix', '(in reply to RCPT TO command)', 'RCPT'],
    ['Exim without "TO"', 'SMTP error from remote server after RCPT command:', 'RCPT'],
    ['X3 style', 'SMTP:RCPT host 192.0.2.8: 553 5.3.0 <bob@example.com>... No such user here', 'RCPT'],
    ['bracketed', '550 5.2.1 <bob@example.com>... User Unknown [RCPT_TO]', 'RCPT'],
    ['qmail progress', 'Sorry, no SMTP connection got far enough; most progress was RCPT TO response', 'RCPT'],
    ['transcript: the command before the first refusal', '>>> MAIL From:<a@example.org> <<< 250 ok >>> RCPT To:<bob@example.com> <<< 550 User unknown', 'RCPT'],
    ['transcript refused at DATA', '>>> DATA <<< 554 rejected', 'DATA'],
    ['nothing said', '550 User unknown', null],
  ] as const)('%s', (_name, text, command) => {
    expect(smtpCommandIn([text])).toBe(command);
  });
});
