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
    // a second batch, on the classes bounces most often paraphrase: missing or inactive mailboxes, full ones, size, bulk, relay
    ["550 Requested mailbox is not present on this server", 'userunknown'],
    ["550 5.1.1 <bob@example.org> recipient is not a user of this system", 'userunknown'],
    ["550 That user name is not on file here", 'userunknown'],
    ["550 Invalid mailbox name: bob@example.org", 'userunknown'],
    ["550 The e-mail address you entered couldn't be found", 'userunknown'],
    ["550 user@example.org: recipient unrecognized", 'userunknown'],
    ["550 5.1.1 Mailbox does not exist here anymore", 'userunknown'],
    ["550 The mailbox you are trying to reach is inactive", 'suspend'],
    ["550 This email account has been disabled for non-payment", 'suspend'],
    ["550 Account is on hold due to inactivity", 'suspend'],
    ["550 Mailbox temporarily deactivated", 'suspend'],
    ["550 Recipient's account has been suspended", 'suspend'],
    ["552 Recipient mailbox has exceeded its storage allocation", 'mailboxfull'],
    ["452 The recipient's mailbox has no free space", 'mailboxfull'],
    ["552 Inbox quota reached for bob@example.org", 'mailboxfull'],
    ["552 Message exceeds maximum permitted size of 10 MB", 'mesgtoobig'],
    ["552 Sorry, message larger than the server limit", 'mesgtoobig'],
    ["554 Email bigger than allowed size", 'mesgtoobig'],
    ["550 Bulk mail from your domain is not accepted", 'spamdetected'],
    ["550 5.7.1 Unsolicited commercial email is not welcome here", 'spamdetected'],
    ["554 Message rejected: content scored as junk", 'spamdetected'],
    ["550 We do not allow relaying through this server", 'norelaying'],
    ["550 Relaying is disabled for unauthenticated users", 'norelaying'],
    ["550 No relaying allowed for example.net", 'norelaying'],
  ] as const)('%s', (line, reason) => {
    expect(classify(line).reason).toBe(reason);
  });

  it('words one telling word away from a known message stay unclear, with it as the best guess', () => {
    const v = classify('550 No account matches the address bob@example.org');
    expect(v.reason).toBe('onhold');
    expect(v.guesses?.[0]?.reason).toBe('userunknown');
  });

  it('words close only to a phrase row stay unclear, with that row as the best guess', () => {
    const v = classify('550 No mailbox by that name is currently available');
    expect(v.reason).toBe('onhold');
    expect(v.guesses?.[0]).toMatchObject({ reason: 'userunknown', ruleId: 'nearest:rule:userunknown/no-such-user' });
  });
});
