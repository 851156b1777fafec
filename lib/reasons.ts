/**
 * The reason taxonomy: every verdict and every article names its cause with one of these ids.
 * The ids follow the shared reason list (the convention of the bounce corpus); labels are ours.
 */
export const REASON_IDS = [
  'userunknown',
  'hostunknown',
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'suspend',
  'hasmoved',
  'rejected',
  'blocked',
  'spamdetected',
  'virusdetected',
  'filtered',
  'policyviolation',
  'securityerror',
  'authfailure',
  'requireptr',
  'badreputation',
  'speeding',
  'toomanyconn',
  'norelaying',
  'notaccept',
  'networkerror',
  'expired',
  'systemerror',
  'systemfull',
  'mailererror',
  'contenterror',
  'notcompliantrfc',
  'syntaxerror',
  'failedstarttls',
  'onhold',
  'undefined',
  'suppressed',
  'feedback',
  'vacation',
  'delivered',
] as const;

export type ReasonId = (typeof REASON_IDS)[number];

/** Who has to do something about a failure. */
export const WHO_ACTS = ['sender', 'sender-admin', 'recipient', 'recipient-admin', 'host-support', 'nobody'] as const;
export type WhoActs = (typeof WHO_ACTS)[number];

export interface ReasonInfo {
  /** Short plain-language name shown in verdicts and filters. */
  label: string;
  /** Who usually has to act when this is the reason. */
  whoActs: WhoActs;
  /** True when the address itself is bad and should be removed from lists (a hard bounce). */
  hard: boolean;
}

export const REASONS: Record<ReasonId, ReasonInfo> = {
  userunknown: { label: 'Recipient address does not exist', whoActs: 'sender', hard: true },
  hostunknown: { label: 'Recipient domain does not exist', whoActs: 'sender', hard: true },
  mailboxfull: { label: 'Recipient mailbox is full', whoActs: 'recipient', hard: false },
  mesgtoobig: { label: 'Message too large', whoActs: 'sender', hard: false },
  exceedlimit: { label: "Message exceeds the recipient's own limit", whoActs: 'sender', hard: false },
  suspend: { label: 'Recipient account disabled or suspended', whoActs: 'recipient', hard: false },
  hasmoved: { label: 'Mailbox has moved', whoActs: 'sender', hard: true },
  rejected: { label: 'Sender address refused', whoActs: 'sender-admin', hard: false },
  blocked: { label: 'Sending server blocked', whoActs: 'sender-admin', hard: false },
  spamdetected: { label: 'Judged to be spam', whoActs: 'sender', hard: false },
  virusdetected: { label: 'Malware detected', whoActs: 'sender', hard: false },
  filtered: { label: 'Refused by a recipient-side filter', whoActs: 'recipient-admin', hard: false },
  policyviolation: { label: 'Refused by local policy', whoActs: 'recipient-admin', hard: false },
  securityerror: { label: 'Authentication or security requirement failed', whoActs: 'sender', hard: false },
  authfailure: { label: 'SPF, DKIM or DMARC check failed', whoActs: 'sender-admin', hard: false },
  requireptr: { label: 'Sending IP has no reverse DNS', whoActs: 'sender-admin', hard: false },
  badreputation: { label: 'Poor sender reputation', whoActs: 'sender-admin', hard: false },
  speeding: { label: 'Sending too fast (rate limited)', whoActs: 'sender', hard: false },
  toomanyconn: { label: 'Too many connections or recipients at once', whoActs: 'sender', hard: false },
  norelaying: { label: 'Relaying refused', whoActs: 'sender', hard: false },
  notaccept: { label: 'Destination accepts no mail', whoActs: 'sender', hard: true },
  networkerror: { label: 'Network or DNS failure', whoActs: 'nobody', hard: false },
  expired: { label: 'Gave up after retrying', whoActs: 'recipient-admin', hard: false },
  systemerror: { label: 'Receiving system error', whoActs: 'recipient-admin', hard: false },
  systemfull: { label: 'Receiving system out of disk', whoActs: 'recipient-admin', hard: false },
  mailererror: { label: 'Local delivery program failed', whoActs: 'recipient-admin', hard: false },
  contenterror: { label: 'Message format refused', whoActs: 'sender', hard: false },
  notcompliantrfc: { label: 'Message breaks the email standards', whoActs: 'sender-admin', hard: false },
  syntaxerror: { label: 'Malformed SMTP command', whoActs: 'sender-admin', hard: false },
  failedstarttls: { label: 'TLS negotiation failed or required', whoActs: 'sender-admin', hard: false },
  onhold: { label: 'Not enough information yet', whoActs: 'nobody', hard: false },
  undefined: { label: 'Cause not determined', whoActs: 'nobody', hard: false },
  suppressed: { label: 'On a suppression list', whoActs: 'sender', hard: false },
  feedback: { label: 'Abuse or complaint report', whoActs: 'sender', hard: false },
  vacation: { label: 'Out-of-office auto-reply', whoActs: 'nobody', hard: false },
  delivered: { label: 'Delivered', whoActs: 'nobody', hard: false },
};

export function isReasonId(value: string): value is ReasonId {
  return REASON_IDS.some((id) => id === value);
}
