/**
 * Generality check on wording written for this test (example domains and documentation IPs), one or two lines per
 * reason, through the whole classifier with the knowledge generated from content/: no rule or article was written
 * from these lines.
 */
import { describe, expect, it } from 'vitest';
import { loadKnownMessages } from '../../../scripts/build/known-table';
import { findCodes } from '../codes/find-codes';
import { classifyReason } from './classify';
import { knowledgeIndex } from './knowledge';

const index = knowledgeIndex(loadKnownMessages());
const classify = (line: string) => {
  const status = findCodes(line).find((h) => h.kind === 'status')?.code ?? '';
  return classifyReason({ kind: 'failed', status, replyCode: '', diagnostic: line }, index);
};

describe('paraphrased server replies', () => {
  it.each([
    ["550 That mailbox is not in service anymore", 'suspend'],
    ["550 5.2.1 Account of bob@example.org has been put on hold by the administrator", 'suspend'],
    ["550 5.1.1 Nobody with that address works here", 'userunknown'],
    ["550 Unknown local part in <carol@example.org>", 'userunknown'],
    ["550 Recipient rejected: address is unknown to this server", 'userunknown'],
    ["553 The domain example.invalid has no mail servers", 'hostunknown'],
    ["550 5.1.2 Host example.invalid could not be found", 'hostunknown'],
    ["552 Recipient's mailbox is over its size allowance", 'mailboxfull'],
    ["452 Insufficient space in the user's mail folder", 'mailboxfull'],
    ["552 Message body exceeds the 25000000 byte maximum", 'mesgtoobig'],
    ["552 5.3.4 Your mail is too big for our system", 'mesgtoobig'],
    ["550 5.7.1 Message identified as unsolicited bulk email", 'spamdetected'],
    ["554 Your email appears to be spam and was refused", 'spamdetected'],
    ["550 Relay access not allowed for this domain", 'norelaying'],
    ["550 5.7.1 We do not relay for example.net", 'norelaying'],
    ["554 5.7.1 Your IP 192.0.2.44 is on our block list", 'blocked'],
    ["550 Connections from 198.51.100.9 are not accepted by this server", 'blocked'],
    ["421 4.7.0 You are sending too many messages, slow down", 'speeding'],
    ["550 5.7.26 Message failed DMARC evaluation for example.com", 'authfailure'],
    ["550 SPF check failed for example.com", 'authfailure'],
    ["554 5.7.1 The message contained a virus and was discarded", 'virusdetected'],
    ["530 5.7.0 Authentication required before sending", 'securityerror'],
    ["451 4.3.0 Temporary server error, please try again", 'systemerror'],
    ["452 4.3.1 Insufficient system storage on the receiving server", 'systemfull'],
    ["550 Sender domain example.com does not resolve", 'rejected'],
    ["554 Message refused by the recipient's filter rules", 'filtered'],
    ["550 5.7.1 Message rejected by policy: executable attachments are not allowed", 'policyviolation'],
    ["550 Reverse DNS lookup for 192.0.2.44 failed", 'requireptr'],
    ["421 Too many concurrent connections from your host", 'toomanyconn'],
    ["550 This mailbox has moved to a new address", 'hasmoved'],
    ["501 5.5.2 Syntax error in the RCPT command", 'syntaxerror'],
  ] as const)('%s', (line, reason) => {
    expect(classify(line).reason).toBe(reason);
  });

  it('words close only to a phrase row stay unclear, with that row as the best guess', () => {
    const v = classify('550 No mailbox by that name is currently available');
    expect(v.reason).toBe('onhold');
    expect(v.guesses?.[0]).toMatchObject({ reason: 'userunknown', ruleId: 'nearest:rule:userunknown/no-such-user' });
  });
});
