/**
 * Knowledge that carries over to wording nobody wrote down: small vocabularies of concepts ("the mailbox" ×
 * "does not exist") and rules that need one term of each group within a few words of each other. They run after
 * the exact phrase rules (rules.ts) and before the broad ones, so a narrow phrase still wins, and they catch the
 * everyday paraphrases the phrase table misses. Each rule cites the real messages it was written from
 * (../shared/reference/provider-messages.csv and the Sisimai set); its unit tests use paraphrases written for them.
 * Matching: concept-match.ts (tokens; "n't" reads "not"; addresses are "xaddr", host names "xhost").
 */
import type { ReasonId } from '../../reasons';

/** Words that must occur close together, in one language, matched one way. */
export interface ConceptPattern {
  /** Stable id shown as evidence: "<reason>/<slug>" (the ruleId is "concept:<id>"). */
  id: string;
  /** ISO 639-1 code of the terms' language; absent for the English rules, which are read in every report. */
  language?: string;
  /**
   * How a term is found: "terms" (default) as whole words; "stems" at the start of a word (a term of three letters
   * or fewer as the whole word); "unspaced" anywhere, for scripts written without spaces (the window then counts
   * characters between the terms' starts).
   */
  match?: 'terms' | 'stems' | 'unspaced';
  /** A term (one or more words) of every group must occur, each within `window` words of a term of the first. */
  groups: readonly (readonly string[])[];
  window: number;
  /** Terms that, within the window around the matched ones, say the words are about something else (the sender…). */
  unless?: readonly string[];
  /**
   * Real server messages the rule was written from. Empty for the localized rows (localized-concepts.ts): their
   * file names the kinds of notices they come from, and lib/bounce/fixtures/lang holds whole reports they read.
   */
  examples: readonly string[];
}

export interface ConceptRule extends ConceptPattern {
  reason: ReasonId;
  /** Said after DATA, these words are a recipient-side filter's refusal (see PhraseRule.weak). */
  weak?: boolean;
}

/** The recipient's mailbox, named any of the ways servers name it. */
const MAILBOX = ['mailbox', 'mail box', 'user', 'username', 'user name', 'account', 'address', 'recipient', 'addressee', 'email account', 'e mail account', 'destination', 'local part', 'alias', 'xaddr', 'inbox'];
/** It does not exist. */
const MISSING = ['not found', 'unknown', 'no such', 'does not exist', 'did not exist', 'not exist', 'not existing', 'nonexistent', 'non existent', 'non existing', 'no longer exists', 'not a valid', 'not valid', 'invalid', 'illegal', 'not recognized', 'not recognised', 'unrecognized', 'unrecognised', 'not known', 'not listed', 'not registered', 'unregistered', 'could not be found', 'can not be found', 'cannot be found', 'was not found', 'no longer valid', 'bad', 'does not have a', 'does not have an', 'not a registered', 'not present', 'not on file', 'no longer here', 'not a user', 'not a member'];
/** It exists but takes no mail now. */
const INACTIVE = ['disabled', 'inactive', 'not active', 'no longer active', 'deactivated', 'suspended', 'closed', 'locked', 'frozen', 'terminated', 'cancelled', 'canceled', 'discontinued', 'expired', 'not in use', 'no longer in use', 'not in service', 'out of service', 'no longer in service', 'dormant', 'inactivity', 'blocked for inactivity'];
/** Words that say the refusal is about the sender, the session or a limit, not the recipient's mailbox. */
const NOT_THE_RECIPIENT = ['sender', 'from', 'mail from', 'return path', 'originator', 'your', 'helo', 'ehlo', 'client', 'sending'];

/** The mailbox's storage. */
const STORE = ['mailbox', 'mail box', 'inbox', 'account', 'user', 'recipient', 'mail folder', 'folder', 'maildir', 'quota', 'storage', 'disk space', 'xaddr'];
const FULL = ['full', 'is full', 'over quota', 'over its quota', 'quota exceeded', 'exceeded', 'exceeds', 'over the limit', 'out of storage', 'out of space', 'no space', 'no more space', 'not enough space', 'insufficient', 'capacity', 'too many messages', 'reached its', 'reached the maximum', 'has reached', 'quota reached', 'no free space', 'storage limit', 'storage full'];

const SIZE = ['size', 'too large', 'too big', 'larger than', 'bigger than', 'oversized', 'oversize', 'byte', 'bytes', 'megabytes'];
const MESSAGE = ['message', 'mail', 'email', 'e mail', 'attachment', 'attachments', 'data', 'limit', 'maximum', 'exceeds', 'exceeded', 'allowed'];

const BULK = ['bulk', 'unsolicited', 'mass', 'junk', 'commercial', 'uce', 'ube', 'advertising', 'promotional'];
const MAIL = ['mail', 'email', 'e mail', 'emails', 'message', 'messages', 'content', 'mailing', 'mailings'];

const RELAY = ['relay', 'relaying', 'relayed'];
const REFUSED = ['denied', 'not permitted', 'not allowed', 'refused', 'prohibited', 'rejected', 'not authorized', 'forbidden', 'disabled', 'not accepted', 'unable', 'can not', 'cannot', 'not possible', 'no', 'do not', 'does not', 'will not', 'not configured'];

const DOMAIN = ['domain', 'host', 'hostname', 'host name', 'mail exchanger', 'xhost', 'mx'];
const UNRESOLVED = [...MISSING.filter((t) => t !== 'bad' && !t.startsWith('does not have') && t !== 'not a registered'), 'does not resolve', 'not resolve', 'unresolvable', 'unresolved', 'could not be resolved', 'can not be resolved', 'cannot be resolved', 'not resolved', 'lookup failed', 'nxdomain', 'no mail server', 'no mail servers', 'no mail exchanger'];

const TLS = ['tls', 'starttls', 'ssl', 'encryption', 'encrypted connection', 'secure connection', 'secure channel'];
const TLS_TROUBLE = ['required', 'require', 'requires', 'must', 'mandatory', 'failed', 'failure', 'not supported', 'not offered', 'not available', 'unavailable', 'negotiation', 'handshake', 'error'];

/** The sending side's connection or address. */
const SENDING_HOST = ['ip', 'ip address', 'your ip', 'client', 'client host', 'sending host', 'your host', 'your server', 'your network', 'xip'];
const TURNED_AWAY = ['not accepted', 'refused', 'rejected', 'blocked', 'denied', 'not allowed', 'banned', 'blacklisted', 'blocklisted', 'not welcome', 'not permitted'];

/** The envelope sender, named any of the ways servers name it. */
const SENDER = ['sender', 'sender address', 'sender domain', 'mail from', 'envelope from', 'envelope sender', 'return path', 'reverse path', 'originator'];
const SENDER_REFUSED = [...REFUSED.filter((t) => t !== 'no'), ...MISSING, 'unroutable', 'unverifiable', 'not verified', 'verification failed', 'verify failed', 'blocked', 'does not resolve', 'unresolvable'];

export const CONCEPT_RULES: readonly ConceptRule[] = [
  {
    id: 'rejected/sender-refused', reason: 'rejected', groups: [SENDER, SENDER_REFUSED], window: 3, unless: ['ip', 'host', 'client', 'spf', 'dkim', 'dmarc', 'reputation'],
    examples: ['550 Unroutable sender address', '553 5.1.8 Domain of sender address does not exist', '550 5.1.0 Sender denied', '550 Sender verify failed'],
  },
  {
    id: 'failedstarttls/tls-required', reason: 'failedstarttls', groups: [TLS, TLS_TROUBLE], window: 3, unless: ['password', 'credentials', 'login'],
    examples: ['530 5.7.0 Must issue a STARTTLS command first', '553 This route requires encryption (TLS)', '421 4.7.0 TLS required for RCPT domain', '5.7.321 starttls-not-supported'],
  },
  {
    id: 'blocked/sending-host-refused', reason: 'blocked', groups: [SENDING_HOST, TURNED_AWAY], window: 5,
    unless: ['connection', 'relay', 'relaying', 'sender address', 'spf', 'dkim', 'dmarc', 'reverse', 'ptr', 'hostname', 'authentication', 'tls'],
    examples: ['550 5.7.1 IP address blacklisted by recipient', '554 st11p00im-smtpin013.me.com ESMTP not accepting connections', '550 5.7.606 Access denied, banned sending IP [198.51.100.222]'],
  },
  {
    id: 'suspend/mailbox-inactive', reason: 'suspend', groups: [MAILBOX, INACTIVE], window: 5, unless: NOT_THE_RECIPIENT,
    examples: ['550 5.2.1 The email account that you tried to reach is inactive', '554 This mailbox is disabled (554.30)', '550 5.1.1 inactive email address', '525 5.7.13 Disabled recipient address'],
  },
  {
    id: 'mailboxfull/store-full', reason: 'mailboxfull', groups: [STORE, FULL], window: 4,
    unless: ['send', 'sending', 'sent', 'daily', 'hour', 'hourly', 'rate', 'recipients', 'size', 'message size', 'submission', 'connections', 'per', 'count', 'number'],
    examples: ["452 4.2.2 The recipient's inbox is out of storage space", '552 5.2.2 <neko@nyaan.example.org> Quota exceeded (mailbox for user is full)', 'Sorry, your message to kijitora@example.jp cannot be delivered. This account is over quota.', '/var/email/kijitora/Maildir/tmp/1000000000.A000000B00000.neko22: Disk quota exceeded'],
  },
  {
    id: 'mesgtoobig/message-size', reason: 'mesgtoobig', groups: [SIZE, MESSAGE], window: 4,
    unless: ['mailbox', 'inbox', 'quota', 'storage', 'header', 'headers', 'recipient', 'recipients'],
    examples: ['552 5.3.4 Message size exceeds fixed limit', "552 5.3.4 exceeded Google's message size limits", '554 Maximum email size exceeded', '552 5.3.4 Message too large'],
  },
  {
    id: 'spamdetected/bulk-mail', reason: 'spamdetected', groups: [BULK, MAIL], window: 3, unless: ['rate', 'volume', 'ip', 'reputation'],
    examples: ['550 5.7.1 Our system has detected that this message is likely unsolicited mail', '550 5.7.1 Message content rejected, UBE, id=00000-00-000'],
  },
  {
    id: 'norelaying/relay-refused', reason: 'norelaying', groups: [RELAY, REFUSED], window: 4, unless: ['limit', 'credentials', 'password', 'quota'],
    examples: ['554 5.7.1 <kijitora@example.com>: Relay access denied', '550 relay not permitted', '5.7.54 SMTP; Unable to relay recipient in non-accepted domain', '501 5.7.1 This system is not configured to relay mail'],
  },
  {
    id: 'userunknown/mailbox-missing', reason: 'userunknown', groups: [MAILBOX, MISSING], window: 5, unless: [...NOT_THE_RECIPIENT, 'domain', 'host', 'hostname', 'host name', 'mx', 'file or directory', 'no such file'], weak: true,
    examples: ['550 5.1.1 The email account that you tried to reach does not exist', "554 delivery error: dd This user doesn't have a yahoo.com account", '550 Requested User Mailbox not found. No such user here.', '550 Invalid Recipient'],
  },
  {
    id: 'hostunknown/domain-missing', reason: 'hostunknown', groups: [DOMAIN, UNRESOLVED], window: 3,
    unless: ['sender', 'from', 'mail from', 'helo', 'ehlo', 'client', 'your', 'reverse', 'ptr', 'sending'],
    examples: ["553 5.1.2 We weren't able to find the recipient domain", '553 neko.example.com does not exist', '550 5.4.4 Invalid domain', 'Reason: Illegal host/domain name found'],
  },
];
