/**
 * Concept rules on wording nobody wrote into the tables: paraphrases written for these tests (example domains),
 * not copied from any corpus. Where a narrow phrase row already names the same reason first, the row id says so.
 */
import { describe, expect, it } from 'vitest';
import { findRule } from './classify';
import { conceptTokens, findConceptRule } from './concept-match';
import { CONCEPT_RULES } from './concepts';

describe('concept rules on paraphrases', () => {
  it.each([
    ['550 5.2.1 The mailbox of <ann@example.com> has been deactivated by its owner', 'suspend', 'phrase:suspend/disabled'],
    ['554 Sorry, this account was closed on request of the user', 'suspend', 'concept:suspend/mailbox-inactive'],
    ['550 Recipient account is currently not active', 'suspend', 'concept:suspend/mailbox-inactive'],
    ["550 The user's mailbox has been locked after too many failed logins", 'suspend', 'concept:suspend/mailbox-inactive'],
    ['550 The address bob@example.org has been terminated', 'suspend', 'concept:suspend/mailbox-inactive'],
    ['452 Mailbox of bob@example.net has no more space left', 'mailboxfull', 'concept:mailboxfull/store-full'],
    ['552 The inbox of this recipient has reached its storage limit', 'mailboxfull', 'concept:mailboxfull/store-full'],
    ['452 4.2.2 Recipient storage is at capacity, try again later', 'mailboxfull', 'concept:mailboxfull/store-full'],
    ['552 Account of carol@example.org exceeds the allotted quota', 'mailboxfull', 'concept:mailboxfull/store-full'],
    ['452 User has too many messages stored on the server', 'mailboxfull', 'concept:mailboxfull/store-full'],
    ['552 Your email is larger than the 20 MB this server accepts', 'mesgtoobig', 'concept:mesgtoobig/message-size'],
    ['552 5.3.4 The size of your attachment exceeds our limit', 'mesgtoobig', 'concept:mesgtoobig/message-size'],
    ['552 Mail data oversized, limit is 10485760 bytes', 'mesgtoobig', 'concept:mesgtoobig/message-size'],
    ['554 Attachments bigger than allowed by policy', 'mesgtoobig', 'concept:mesgtoobig/message-size'],
    ['550 5.7.1 Rejected: message looks like bulk email', 'spamdetected', 'concept:spamdetected/bulk-mail'],
    ['554 Mass mailing not accepted here', 'spamdetected', 'concept:spamdetected/bulk-mail'],
    ['550 Commercial email without consent refused', 'spamdetected', 'concept:spamdetected/bulk-mail'],
    ['550 Message classified as junk content', 'spamdetected', 'concept:spamdetected/bulk-mail'],
    ['550 5.7.1 Relaying to example.net is not permitted from your network', 'norelaying', 'concept:norelaying/relay-refused'],
    ['554 This server will not relay mail for you', 'norelaying', 'concept:norelaying/relay-refused'],
    ['550 Relay for example.org refused: not a local domain', 'norelaying', 'concept:norelaying/relay-refused'],
    ['550 Mail relaying forbidden', 'norelaying', 'concept:norelaying/relay-refused'],
    ['550 The recipient you addressed is not known here', 'userunknown', 'concept:userunknown/mailbox-missing'],
    ['550 Mailbox dave@example.com cannot be found on this server', 'userunknown', 'concept:userunknown/mailbox-missing'],
    ['550 5.1.1 Sorry, that address is not valid at example.org', 'userunknown', 'concept:userunknown/mailbox-missing'],
    ["550 The account you wrote to isn't registered with us", 'userunknown', 'concept:userunknown/mailbox-missing'],
    ['550 erin@example.net: no such mailbox on this system', 'userunknown', 'phrase:userunknown/no-such-user'],
    ['550 Addressee unrecognised by the directory', 'userunknown', 'concept:userunknown/mailbox-missing'],
    ['550 Destination domain example.invalid could not be resolved', 'hostunknown', 'concept:hostunknown/domain-missing'],
    ['550 Recipient domain does not exist in DNS', 'hostunknown', 'phrase:hostunknown/no-such-domain'],
    ['553 mail.example.invalid: hostname unresolvable', 'hostunknown', 'concept:hostunknown/domain-missing'],
    ['550 The domain example.invalid is unknown', 'hostunknown', 'concept:hostunknown/domain-missing'],
    ['553 Sender address frank@example.com is not verified', 'rejected', 'concept:rejected/sender-refused'],
    ['550 Envelope sender domain unresolvable', 'rejected', 'phrase:rejected/sender'],
    ['553 The MAIL FROM address was refused', 'rejected', 'concept:rejected/sender-refused'],
    ['550 Return path is invalid', 'rejected', 'phrase:rejected/sender'],
    ['550 Connections from 198.51.100.9 are not accepted by this server', 'blocked', 'concept:blocked/sending-host-refused'],
    ['554 Your IP 203.0.113.40 has been banned from this service', 'blocked', 'concept:blocked/sending-host-refused'],
    ['421 An encrypted connection is mandatory for example.org', 'failedstarttls', 'concept:failedstarttls/tls-required'],
    ['454 TLS handshake with the client did not complete', 'failedstarttls', 'phrase:failedstarttls/tls'],
  ] as const)('%s', (text, reason, ruleId) => {
    expect(findRule(text)).toMatchObject({ reason, ruleId });
  });
});

describe('concept rules stay out of what is not theirs', () => {
  it.each([
    ['the sender, not the recipient', '550 Your account has been suspended for sending spam', 'suspend/mailbox-inactive'],
    ['a sending limit, not a full mailbox', '550 User has exceeded the daily sending limit', 'mailboxfull/store-full'],
    ['a relay quota, not a relay refusal', '550 Daily relay limit reached for this customer', 'norelaying/relay-refused'],
    ['a header size, not a message size', '552 Header size too large', 'mesgtoobig/message-size'],
    ['the client host name, not the recipient domain', '450 Client host name unknown', 'hostunknown/domain-missing'],
    ['an address in a link', '550 See https://help.example.com/?ip=192.0.2.1 refused due to recipient preferences', 'blocked/sending-host-refused'],
    ['a refused connection is the broad rows\' business', '451 Connection refused by [192.0.2.8]', 'blocked/sending-host-refused'],
    ['the operating system\'s "no such file"', 'Failed to read /home/bob/.forward for bob@example.org: No such file or directory', 'userunknown/mailbox-missing'],
    ['words too far apart', '550 The user you wrote to said the meeting notes were not found anywhere', 'userunknown/mailbox-missing'],
  ] as const)('%s', (_name, text, id) => {
    expect(findConceptRule(text, CONCEPT_RULES.filter((r) => r.id === id))).toBeNull();
  });
});

describe('concept tokens', () => {
  it.each([
    ["doesn't exist", ['does', 'not', 'exist']],
    ['<bob@example.org> unknown', ['xaddr', 'unknown']],
    ['mx1.example.net refused', ['xhost', 'refused']],
    ['Mailbox-Full', ['mailbox', 'full']],
  ] as const)('%s', (text, tokens) => {
    expect(conceptTokens(text)).toEqual(tokens);
  });

  it('reads a hostile repetition only as far as its cap (how the work grows: npm run bench:analyze)', () => {
    expect(findConceptRule(`${'user '.repeat(50000)}unknown`, CONCEPT_RULES)).toBeNull();
    expect(findConceptRule(`${'user '.repeat(3)}unknown`, CONCEPT_RULES)?.rule.id).toBe('userunknown/mailbox-missing');
  });
});

describe('concept rules are data with sources', () => {
  it.each(CONCEPT_RULES.map((r) => [r.id, r] as const))('%s cites real messages it reads itself', (_id, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
    for (const example of rule.examples) expect(findRule(example)?.reason, example).toBe(rule.reason);
  });
});
