import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { ownRole, type HostServers } from './own-server';

const servers: HostServers = { inbound: ['mx1.mailhost.example'], outbound: ['out1.mailhost.example'], domains: ['mailhost.example'] };

describe('ownRole', () => {
  it.each([
    ['our MX refused (remote)', 'mx1.mailhost.example', 'relay.outside.example', 'inbound'],
    ['another of our hosts refused (domain)', 'mx9.mailhost.example', 'relay.outside.example', 'inbound'],
    ['our MX reports its own refusal', '', 'mx1.mailhost.example', 'inbound'],
    ['our relay reports a remote refusal', 'mx.outside.example', 'out1.mailhost.example', 'outbound'],
    ['our relay named as the remote', 'out1.mailhost.example', 'relay.outside.example', 'outbound'],
    ['no server of ours', 'mx.outside.example', 'relay.outside.example', null],
  ] as const)('%s', (_name, remote, reporting, role) => {
    expect(ownRole(remote, reporting, servers)).toBe(role);
  });
});

/** A minimal delivery-status report; the servers and the words vary per case. */
function report(remote: string, reporting: string, status: string, words: string): string {
  return [
    'From: MAILER-DAEMON@relay.example', 'To: sender@example.org', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    '--b1', 'Content-Type: message/delivery-status', '', `Reporting-MTA: dns; ${reporting}`, '',
    'Final-Recipient: rfc822; customer@example.com', 'Action: failed', `Status: ${status}`, `Remote-MTA: dns; ${remote}`,
    `Diagnostic-Code: smtp; ${words}`, '', '--b1--', '',
  ].join('\n');
}

describe('who acts when a server of ours took part', () => {
  it.each([
    ['our MX blocked an outside sender: their admin acts', report('mx1.mailhost.example', 'relay.outside.example', '5.7.1', '554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org'), 'blocked', 'sender-admin'],
    ['our MX had an internal error: host support acts', report('mx1.mailhost.example', 'relay.outside.example', '4.3.0', '451 4.3.0 Internal server error'), 'systemerror', 'host-support'],
    ['our MX: the customer mailbox is full, the customer acts', report('mx1.mailhost.example', 'relay.outside.example', '5.2.2', '552 5.2.2 Mailbox full'), 'mailboxfull', 'recipient'],
    ['our relay reports a remote filter: the usual answer', report('mx.outside.example', 'out1.mailhost.example', '5.7.1', '550 5.7.1 Delivery not authorized, message refused by filter'), 'filtered', 'recipient-admin'],
  ])('%s', async (_name, text, reason, who) => {
    const [result] = (await analyze(text, { host: { servers } })).results;
    expect(result).toMatchObject({ reason, whoActs: who, ourServer: true });
  });
});
