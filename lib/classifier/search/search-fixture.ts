/** A small hand-made index for the ranking tests, so they do not depend on content/ being complete. */
import type { SearchDoc } from './search-doc';

type DocInput = Pick<SearchDoc, 'url' | 'kind' | 'title'> & Omit<Partial<SearchDoc>, 'url' | 'kind' | 'title'>;
const doc = (d: DocInput): SearchDoc => ({
  summary: `${d.title}.`, replyCodes: [], statusCodes: [], reasons: [], messages: [], keywords: [], headings: [], ...d,
});

export const FIXTURE_DOCS: SearchDoc[] = [
  doc({ url: '/codes/550/', kind: 'reply-code', title: '550: requested action not taken, mailbox unavailable', replyCodes: ['550'], statusCodes: ['5.1.1', '5.7.1'],
    messages: [{ text: 'Recipient address rejected: User unknown in virtual alias table', replyCode: '550', statusCode: '5.1.1' }], keywords: ['550 error'] }),
  doc({ url: '/codes/554/', kind: 'reply-code', title: '554: transaction failed', replyCodes: ['554'], statusCodes: ['5.7.1'], keywords: ['554 error'] }),
  doc({ url: '/codes/452/', kind: 'reply-code', title: '452: insufficient system storage', replyCodes: ['452'], statusCodes: ['4.5.3', '4.2.2'] }),
  doc({ url: '/codes/5.1.1/', kind: 'status-code', title: '5.1.1: bad destination mailbox address', replyCodes: ['550'], statusCodes: ['5.1.1'], keywords: ['user unknown'] }),
  doc({ url: '/codes/5.1.10/', kind: 'status-code', title: '5.1.10: recipient address has null MX', replyCodes: ['556'], statusCodes: ['5.1.10'] }),
  doc({ url: '/codes/5.7.1/', kind: 'status-code', title: '5.7.1: delivery not authorized, message refused', replyCodes: ['550', '554'], statusCodes: ['5.7.1'] }),
  doc({ url: '/codes/5.2.2/', kind: 'status-code', title: '5.2.2: mailbox full', replyCodes: ['552'], statusCodes: ['5.2.2'], keywords: ['mailbox full', 'over quota'] }),
  doc({ url: '/codes/4.5.3/', kind: 'status-code', title: '4.5.3: too many recipients', replyCodes: ['452'], statusCodes: ['4.5.3'] }),
  doc({ url: '/codes/5.7.500/', kind: 'status-code', title: '5.7.500 to 5.7.699: Microsoft access denied codes', statusCodes: ['5.7.500', '5.7.606', '5.7.699'] }),
  doc({ url: '/errors/user-unknown/', kind: 'error', origin: 'host', title: '550 5.1.1 User unknown in virtual alias table', replyCodes: ['550'], statusCodes: ['5.1.1'], reasons: ['userunknown'],
    messages: [{ text: 'Recipient address rejected: User unknown in virtual alias table', replyCode: '550', statusCode: '5.1.1' }], keywords: ['user unknown', 'forwarding loop'] }),
  doc({ url: '/errors/relay-access-denied/', kind: 'error', origin: 'host', title: '554 5.7.1 Relay access denied', replyCodes: ['554'], statusCodes: ['5.7.1'], reasons: ['norelaying'],
    messages: [{ text: 'Relay access denied', replyCode: '554', statusCode: '5.7.1' }], keywords: ['relaying denied'] }),
  doc({ url: '/errors/helo-rejected/', kind: 'error', origin: 'host', title: "550 5.7.1 Helo command rejected: You aren't localhost", replyCodes: ['550'], statusCodes: ['5.7.1'], reasons: ['policyviolation'],
    messages: [{ text: "Helo command rejected: You aren't localhost.", replyCode: '550', statusCode: '5.7.1' }] }),
  doc({ url: '/errors/mailbox-over-quota/', kind: 'error', origin: 'host', title: 'Mailbox full: exceeded storage allocation', replyCodes: ['522'], statusCodes: ['5.7.1', '5.2.2'], reasons: ['mailboxfull'],
    messages: [{ text: 'Recipient address rejected: Requested mail action aborted: exceeded storage allocation', replyCode: '522', statusCode: '5.7.1' }], keywords: ['mailbox full', 'over quota'] }),
  doc({ url: '/errors/too-many-recipients/', kind: 'error', origin: 'host', title: '452 4.5.3 Error: too many recipients', replyCodes: ['452'], statusCodes: ['4.5.3'], reasons: ['toomanyconn'],
    messages: [{ text: 'Error: too many recipients', replyCode: '452', statusCode: '4.5.3' }], keywords: ['recipient limit'] }),
  doc({ url: '/errors/blocked-by-spamhaus/', kind: 'error', origin: 'host', title: '554 5.7.1 Client host blocked using zen.spamhaus.org', replyCodes: ['554'], statusCodes: ['5.7.1'], reasons: ['blocked'],
    messages: [{ text: 'Service unavailable; Client host blocked using zen.spamhaus.org', replyCode: '554', statusCode: '5.7.1' }], keywords: ['blacklist', 'blocklist'] }),
  doc({ url: '/errors/microsoft-recipient-not-found/', kind: 'error', origin: 'Microsoft 365', title: 'Microsoft 550 5.1.10 RESOLVER.ADR.RecipientNotFound', replyCodes: ['550'], statusCodes: ['5.1.10', '5.1.1'], reasons: ['userunknown'],
    messages: [{ text: 'RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', replyCode: '550', statusCode: '5.1.10' }] }),
  doc({ url: '/errors/microsoft-access-denied/', kind: 'error', origin: 'Microsoft 365', title: 'Microsoft 550 5.4.1 Recipient address rejected: Access denied', replyCodes: ['550'], statusCodes: ['5.4.1'], reasons: ['rejected'],
    messages: [{ text: 'Recipient address rejected: Access denied', replyCode: '550', statusCode: '5.4.1' }] }),
  doc({ url: '/errors/recipient-access-denied/', kind: 'error', origin: 'host', title: '450 4.7.1 Recipient address rejected: Access denied', replyCodes: ['450'], statusCodes: ['4.7.1'], reasons: ['rejected'],
    messages: [{ text: 'Recipient address rejected: Access denied', replyCode: '450', statusCode: '4.7.1' }] }),
  doc({ url: '/errors/yahoo-tss04-deferred/', kind: 'error', origin: 'Yahoo', title: 'Yahoo 421 4.7.0 [TSS04] temporarily deferred', replyCodes: ['421'], statusCodes: ['4.7.0'], reasons: ['speeding'],
    messages: [{ text: '[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', replyCode: '421', statusCode: '4.7.0' }] }),
  doc({ url: '/errors/sender-domain-not-found/', kind: 'error', origin: 'host', title: '450 4.1.8 Sender address rejected: Domain not found', replyCodes: ['450'], statusCodes: ['4.1.8'], reasons: ['rejected'],
    messages: [{ text: 'Sender address rejected: Domain not found', replyCode: '450', statusCode: '4.1.8' }] }),
  doc({ url: '/errors/gmail-domain-not-found/', kind: 'error', origin: 'Gmail', title: "Gmail 553 5.1.2: We weren't able to find the recipient domain", replyCodes: ['553'], statusCodes: ['5.1.2'], reasons: ['hostunknown'],
    messages: [{ text: "We weren't able to find the recipient domain", replyCode: '553', statusCode: '5.1.2' }], keywords: ['domain does not exist'] }),
  doc({ url: '/guides/read-a-bounce/', kind: 'guide', title: 'How to read a bounce message', headings: ['Where the codes are'], keywords: ['bounce message', 'ndr'] }),
];
