/**
 * Knowledge as data: server phrases → reasons. Each rule names the real message it was written from.
 * Order matters: the first rule whose phrase occurs in the text decides, so narrow rules come before broad ones.
 * Phrases are lower case and matched as substrings of the text with its white space collapsed and multi-line
 * reply prefixes ("550-5.7.1 ") removed; a phrase starting with "^" must open the text.
 */
import type { ReasonId } from '../../reasons';

export interface PhraseRule {
  /** Stable id shown as evidence: "<reason>/<slug>". */
  id: string;
  reason: ReasonId;
  /** The rule matches when the text contains any of these. */
  phrases: readonly string[];
  /** A real server message the rule was written from. */
  example: string;
  /**
   * Words that name an unknown user only when the server said them in answer to RCPT TO (or with an X.1.1 code);
   * said after DATA, or at an unknown stage, they are a recipient-side filter's refusal (Sisimai's convention).
   */
  weak?: boolean;
}

const rule = (id: string, reason: ReasonId, phrases: readonly string[], example: string, weak = false): PhraseRule => ({
  id: `${reason}/${id}`,
  reason,
  phrases,
  example,
  ...(weak ? { weak } : {}),
});

/** Narrow rows: specific wordings, tried first, before the concept rules. */
export const NARROW_RULES: readonly PhraseRule[] = [
  // A verdict the server names outright, before any advice text it appends (Google Groups adds SPF/DKIM tips).
  rule('spam-verdict', 'spamdetected', ['rejected due to spam classification', 'blacklisted url in message', 'blacklisted link'], 'Your email to group kijitora@example.com was rejected due to spam classification.'),
  // Directory look-ups that fail for the recipient (Lotus Notes, Domino): before "listed in", which names block lists.
  rule('not-in-directory-book', 'userunknown', ['not listed in public name & address book', 'not listed in domino directory', 'not listed in the domino directory'], 'User not listed in public Name & Address Book'),
  // Authentication of the sending domain (SPF, DKIM, DMARC): narrow, so first.
  rule('dmarc', 'authfailure', ['dmarc policy', 'dmarc verification', 'dmarc check', 'failed dmarc', 'dmarc sender invalid', "'s dmarc", 'dmarc reject', 'dmarc fail', 'dmarc validation'], "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy"),
  rule('spf', 'authfailure', ['spf check', 'sender policy framework', 'spf sender invalid', 'spf record', 'spf validation', 'spf fail', 'failed spf', 'spf: fail', 'spf=fail', 'does not designate', 'not designated permitted sender', 'is not allowed to send mail from', 'spf authentication', 'spf hard fail', 'spf softfail', 'authenticate their email with spf'], '550 5.7.23 The message was rejected because of Sender Policy Framework violation'),
  rule('dkim', 'authfailure', ['dkim sender invalid', 'dkim signature', 'dkim check', 'dkim fail', 'failed dkim', 'dkim does not pass', 'dkim validation', 'authenticate with dkim'], '550 DKIM Sender Invalid - envelope rejected'),
  rule('unauthenticated', 'authfailure', ['unauthenticated email', 'sender is unauthenticated', 'must pass either spf or dkim', 'authenticate with either spf or dkim', 'fails to pass authentication checks', 'does not have authentication information', 'required authentication level', 'failing both spf and dkim', 'authentication checks failed', 'authentication checks did not pass', 'this mail is unauthenticated'], '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users'),

  // Reverse DNS of the sending host.
  rule('ptr', 'requireptr', ['reverse dns', 'reverse lookup', 'ptr record', 'rdns', 'reverse hostname', 'cannot find your hostname', 'no ptr', 'reverse mapping', 'does not have a reverse', 'ip name lookup failed', 'invalid reverse', "doesn't have a ptr", 'no reverse', 'dns ptr', 'ptr lookup', 'unverifyable sending ip', 'mismatches client ip', 'not have an fqdn', 'fix reverse dns', 'unresolvable client'], '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]'),

  // Reputation of the sending IP or domain.
  rule('reputation', 'badreputation', ['low reputation', 'poor reputation', 'bad reputation', 'reputation of the sending', 'ip reputation', 'domain reputation', 'sender reputation', 'unexpected volume or user complaints', 'rate limited due to ip reputation'], '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints'),

  // Block lists (named before the spam rules: "spamhaus" is not spam content).
  rule('dnsbl', 'blocked', ['blocked using', 'spamhaus', 'spamcop', 'dnsbl', 'sorbs', 'barracuda', 'banned sending ip', 'listed at', 'listed on', 'listed in', 'blacklisted', 'blocklisted', 'black list', 'block list', 'blacklist', 'blocklist', ' rbl'], '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'),

  // Malware.
  rule('virus', 'virusdetected', ['virus', 'malware', 'infected', 'trojan', 'worm found', 'harmful attachment', 'dangerous attachment'], '554 5.7.1 The message contains a virus'),

  // Local policy, where the words say so.
  rule('policy-words', 'policyviolation', ['content presents a potential', 'potential security issue', 'policy reasons', 'denied by policy', 'rejected for policy', 'violates our policy', 'policy violation', 'header error', 'prohibited attachment', 'attachment type', 'blocked attachment', 'file type', 'local policy'], '552 5.7.0 This message was blocked because its content presents a potential security issue'),

  // Broken message format.
  rule('rfc', 'notcompliantrfc', ['rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'not rfc compliant', 'duplicate header', 'multiple addresses in from', 'missing a valid address in the from', 'valid message-id', 'message-id header', 'bare lf', 'bare line feed', 'bare linefeed', 'non-compliant', 'not compliant'], '550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers'),

  // Spam content.
  rule('spam-content', 'spamdetected', ['spam', 'likely unsolicited', 'unsolicited mail', 'unsolicited bulk', 'bulk mail', 'junk mail', 'message content rejected', 'content rejected', 'rejected due to content', 'uribl', 'surbl', 'url in this message', 'links within', 'phishing', 'mail rejete', '[ph01]'], '550 5.7.1 Our system has detected that this message is likely unsolicited mail'),

  // Size.
  rule('mailbox-limit', 'exceedlimit', ['exceeds the mailbox size limit', 'message exceeds the recipient', 'size exceeds the recipient', 'exceeds local limit', 'exceeds the limit for the recipient', 'exceeded the administrative limit', 'length exceeds administrative limit'], '552 5.2.3 Message size exceeds the limit set for this mailbox'),
  rule('headers-too-large', 'contenterror', ['headers too large', 'header too large', 'too many headers'], '552 5.6.0 Headers too large (3 max)'),
  rule('too-big', 'mesgtoobig', ['message too big', 'message is too big', 'message too large', 'message is too large', 'message size exceeds', 'size exceeds', 'exceeds size limit', 'exceeds the maximum size', 'exceeded the maximum message size', 'message size limit', 'maximum message size', 'message length exceeds', 'too large', 'too big', 'size limit exceeded', 'databytes limit', 'size limits', 'email size exceeded', 'message exceeds maximum', 'size of the message exceeds', 'max message size', 'number of attachments', 'line limit exceeded'], '552 5.3.4 Message size exceeds fixed limit'),

  // Mailbox full.
  rule('quota', 'mailboxfull', ['mailbox full', 'mailbox is full', 'mailbox has exceeded', 'mailbox exceeded', 'mailbox quota', 'over quota', 'overquota', 'quota exceeded', 'exceeded quota', 'exceeded storage', 'exceeds quota', 'quota exceed', 'disk quota', 'out of storage', 'storage space', 'insufficient storage', 'mail box full', 'mailbox size limit exceeded', 'mailbox would exceed', 'mailbox is over', 'over the allowed quota', 'account is full', 'inbox is full', 'box is full', 'mailfolder is full', 'quota full', 'full mailbox', 'is over its quota', 'reached its quota', 'quota violation', 'not enough space', 'not enough disk space', 'no space left for', 'mailbox exceeds allowed size'], '552 5.2.2 <bob@example.com>: user is over quota'),

  // Account disabled or suspended.
  rule('disabled', 'suspend', ['account disabled', 'account has been disabled', 'account is disabled', 'mailbox disabled', 'mailbox is disabled', 'has been disabled', 'account is inactive', 'mailbox is inactive', 'inactive account', 'inactive user', 'inactive email address', 'account inactive', 'mailbox inactive', 'is inactive', 'account suspended', 'account has been suspended', 'is suspended', 'been suspended', 'temporarily disabled', 'account is locked', 'temporary locked', 'temporarily locked', 'account expired', 'account has expired', 'mailbox has been blocked', 'no longer active', 'deactivated', 'account frozen', 'mailbox is frozen', 'account is not active', 'user suspended', 'recipient suspended', 'has been frozen', 'tried to reach is disabled', 'account is blocked'], '550 5.2.1 The email account that you tried to reach is disabled'),

  // Mailbox moved.
  rule('moved', 'hasmoved', ['has moved', 'no longer on server', 'user has moved', 'address has changed', 'not a valid forwarding'], '551 5.1.6 Recipient no longer on server'),

  // Relaying.
  rule('relay', 'norelaying', ['relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not allowed', 'unable to relay', 'not permitted to relay', "isn't in my list of allowed rcpthosts", 'relay prohibited', 'relaying prohibited', 'no relaying', 'we do not relay', 'relay not allowed', 'cannot relay', 'not allowed to relay', 'relaying is prohibited', 'mail relay denied', 'not configured to relay', 'not in rcpthosts', 'relay is not permitted', 'address is not verified', 'identities failed the check'], '554 5.7.1 <bob@example.com>: Relay access denied'),

  // Too many recipients or connections; sending too fast.
  rule('hourly-recipients', 'speeding', ['too many recipients this hour', 'sent to too many recipients'], '550 5.1.1 <bob@example.com> - 192.0.2.1 has sent to too many recipients this hour. IB607'),
  rule('connections', 'toomanyconn', ['too many connections', 'too many recipients', 'too many rcpt', 'max message per connection', 'recipient thread limit', 'connection limit', 'connection rate limit', 'too many concurrent', 'too many simultaneous', 'too many sessions', 'maximum number of connections', 'too many invalid recipients', 'server ports are busy', 'too many messages in this connection', 'frequency limited'], '452 4.5.3 Error: too many recipients'),
  rule('rate', 'speeding', ['rate limit', 'rate-limit', 'ratelimit', 'receiving mail too quickly', 'receiving mail at a rate', 'too fast', 'too quickly', 'too frequently', 'unusual rate', 'sending limit', 'excessive volume', 'exceeded the max emails per hour', 'daily limit', 'message rate', 'throttl', 'too much mail from', 'submission quota', 'receive limit', 'slow down', 'rate exceeded', 'exceeded its quota for sending'], '450 4.2.1 The user you are trying to contact is receiving mail too quickly'),

  // TLS.
  rule('tls', 'failedstarttls', ['starttls', 'tls required', 'requires tls', 'require tls', 'must use tls', 'use tls', 'tls negotiation', 'tls handshake', 'requires encryption', 'requires a secure connection', 'encryption required', 'certificate-expired'], '530 5.7.0 Must issue a STARTTLS command first'),

  // Disk full at the receiving system.
  rule('disk', 'systemfull', ['insufficient system storage', 'system storage', 'disk full', 'disk is full', 'file system full', 'no space left on device', 'out of disk', 'queue file write error', 'system is full', 'mail system full', 'insufficient disk space'], '452 4.3.1 Insufficient system storage'),

  // Network and DNS trouble on the way (the narrow phrases; timeouts are "expired" below).
  // The destination takes no mail at all.
  rule('null-mx', 'notaccept', ['does not accept mail', 'does not accept email', 'accepts no mail', 'not accepting mail', 'null mx', 'nullmx', 'no mx record', "couldn't find a mail exchanger", 'could not find a mail exchanger', 'no mail is accepted', 'does not receive mail', 'not accepting network messages', "doesn't receive email according to the administrator", 'returned null mx'], '556 5.1.10 Recipient address has null MX'),
  rule('list-loop', 'systemerror', ['duplicated message-id', 'loop alert'], 'Duplicated Message-ID in <neko@example.co.jp>. (fml Loop Alert)'),
  rule('directory', 'systemerror', ['unable to contact ldap server', 'ldap server'], 'Unable to contact LDAP server. (#4.4.3)'),
  // A resolver's own words that the name does not exist (before the name-service rule below).
  rule('resolver-host-not-found', 'hostunknown', ['host or domain name not found'], 'Host or domain name not found. Name service error for name=example.jp type=A: Host not found'),
  rule('network', 'networkerror', ["dns type 'mx' lookup of", "wasn't able to establish an smtp connection", 'dns query failed', 'name service error', 'malformed or unexpected name server reply', 'name server reply', 'mail loop', 'loop detected', 'loops back', 'routing loop', 'forwarding loop', 'too many hops', 'hop count', 'no route to host', 'network is unreachable', 'host is unreachable', 'lost connection with', 'temporary lookup failure', 'dns failure', 'temporary dns', 'unable to resolve route'], 'Name service error for name=example.org type=MX: Malformed or unexpected name server reply'),



  // The recipient domain does not exist.
  rule('no-such-domain', 'hostunknown', ['host unknown', 'unknown host', 'host not found', 'host or domain name not found', 'domain not found', 'no such domain', 'domain does not exist', 'unrouteable mail domain', 'unrouteable address', 'unknown domain', "couldn't find any host", 'could not find any host', 'name or service not known', 'domain name not found', 'unroutable domain', 'invalid domain', 'no such host', "weren't able to find the recipient domain", 'recipient domain', 'nxdomain', 'non-existent domain', 'not a valid domain', 'hostname lookup failed', 'mx records point to non-existent', 'host name lookup failure', 'bad destination system', 'dns lookup failure', 'domain is not reachable'], "553 5.1.2 We weren't able to find the recipient domain"),

  // SMTP dialogue errors.
  rule('syntax', 'syntaxerror', ['syntax error', 'command unrecognized', 'unrecognized command', 'command not recognized', 'bad sequence of commands', 'improper use of smtp', 'line length exceeded', 'invalid command', 'unknown command', 'command not implemented', 'parameter not implemented', 'need fully-qualified hostname', 'malformed address', 'address syntax', 'smtp protocol violation'], '503 5.5.1 Error: bad sequence of commands'),

  // Microsoft's directory-based edge blocking: the recipient is not in the tenant.
  rule('not-in-directory', 'userunknown', ['recipient address rejected: access denied'], '550 5.4.1 Recipient address rejected: Access denied'),

  // Sender address refused.
  rule('sender', 'rejected', ['domain of sender address', 'sender address rejected', 'sender domain', 'sender rejected', 'sender denied', 'sender verify failed', 'sender verification', 'invalid sender', 'unknown sender', 'bad sender', 'sender blocked', 'sender address blocked', 'blocked sender', 'banned sender', 'envelope sender', 'envelope from', 'return path', 'return-path', 'reverse-path', 'address rejected: domain not found', 'unresolvable rfc.5321 from', 'not owned by user', 'blacklisted sender', 'sender address is', 'from: domain is invalid', 'provide a valid from', 'does not accept mail from you', 'access denied', 'envelope blocked', 'not in allowed-senders', 'not authenticated by organization', 'sender was not authenticated', 'group you tried to contact', 'groups.google.com', 'send mail as', 'not a member of'], '553 5.1.8 <alice@example.com>... Domain of sender address alice@example.com does not exist'),

  // A domain filter answering as if the user were unknown (Japanese mobile carriers).
  rule('carrier-filter', 'filtered', ['^: user unknown', '^: : user unknown', '-> : user unknown'], '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 : User unknown'),

  // The recipient address does not exist.
  // The recipient address does not exist, in words no filter uses.
  rule('address-not-found', 'userunknown', ['recipient name is not recognized', 'name is not recognized', 'recipnotfound', 'recipientnotfound', 'recipient not found by smtp address lookup', 'no valid recipients', 'address not found', "address couldn't be found", 'address could not be found', 'check if address is correct', 'mailbox unavailable', 'bad destination mailbox', 'there is no one at this address', 'does not have an account', 'unknown or illegal alias', 'not found in directory', 'mailbox name not allowed', '>: user unknown', 'address rejected.'], "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
  // The recipient address does not exist, in words a recipient-side filter also answers with (see `weak`).
  rule('no-such-user', 'userunknown', ['user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'no such account', 'no such address', 'no such local user', 'unknown recipient', 'unknown address', 'unknown mailbox', 'recipient unknown', 'recipient not found', 'recipient does not exist', 'user does not exist', 'user not found', "user doesn't exist", 'address does not exist', 'account does not exist', 'mailbox does not exist', 'mailbox not found', 'mailbox not available', "doesn't have a", 'not a valid user', 'not a valid mailbox', 'not a valid recipient', 'invalid recipient', 'invalid mailbox', 'invalid user', 'invalid address', 'addressee unknown', 'no mailbox here', 'not our customer', 'address unknown', 'user not exist', 'not a known user', 'nonexistent', 'non-existent', 'unverified address', 'undeliverable address', 'no user'], '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table', true),

];

/**
 * Broad rules: common words that name a reason only when nothing narrower does, so they come after the concept
 * rules (concepts.ts) as well as after the rows above.
 */
export const BROAD_RULES: readonly PhraseRule[] = [
  // Gave up after retrying.
  rule('expired', 'expired', ['retry timeout exceeded', 'retry time not reached', 'message expired', 'envelope expired', 'delivery time expired', 'expired', 'could not be delivered for', 'cannot send message for', 'could not deliver for the last', 'gave up', 'queue too long', 'too long in queue', 'queue lifetime', 'have been failing for a long time'], 'retry timeout exceeded'),
  // No answer from the destination: retried until the queue gave up (expired); in a delay warning, the trouble
  // being retried (see DELAY_READS).
  rule('timeout', 'expired', ['connection timed out', 'timed out', 'did not accept our requests to connect'], 'connect to example.org[203.0.113.225]:25: Connection timed out'),
  // Words that only say the server is still retrying: the cause of a failure after retries ("expired"), but no
  // cause at all in a delay warning (see DELAY_ONLY).
  rule('retrying', 'expired', ['delivery attempts', 'has not yet been delivered', 'not been delivered', 'still undelivered', 'delivery has been delayed', 'delayed', 'deferred', 'will be retried', 'will retry', 'still trying'], 'Message will be retried for 2 more day(s)'),

  // The sending IP or host refused.
  rule('blocked-host', 'blocked', ['may not be mail exchanger', 'ipcheck', 'client host rejected', 'client host blocked', 'your ip', 'ip address', 'ip blocked', 'blocked ip', 'not authorized to send email directly', 'use the smtp server of your isp', 'dynamic ip', 'dynamic address', 'residential', 'dial-up', 'dialup', 'refused to talk to me', 'invalid ip for sending', 'traffic not accepted', 'host network not allowed', 'access to this mail system has been rejected', 'not accepting connections', 'connection rejected', 'has been blocked', 'blocked by'], '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'),

  // Refused by a recipient-side filter.
  rule('filter', 'filtered', ['filtered', 'filter', 'recipient preferences', 'not authorized to receive', 'delivery not authorized', 'mail refused', 'message refused', 'recipient refused', 'refused to accept', 'rejected the message', 'content examination', 'rejected by the domain', 'user entry'], '550 5.7.1 Delivery not authorized, message refused'),
  rule('policy', 'policyviolation', ['policy', 'prohibited', 'violat', 'administrative prohibition'], '550 5.7.1 Message rejected due to local policy'),

  // Authentication or other security requirement of the session.
  rule('auth', 'securityerror', ['authentication required', 'authentication failed', 'must authenticate', 'not authenticated', 'authentication is required', 'password', 'credentials', 'smtp auth', 'smtpclientauthentication', 'authentication not enabled', 'insecure', 'unauthorized', 'not authorized'], '535 5.7.8 Error: authentication failed'),

  // Message format refused.
  rule('format', 'contenterror', ['malformed', 'improper content', 'invalid mime', 'mime error', 'message format', 'encoding error', 'illegal character', 'invalid characters', 'corrupt', 'unsupported content', 'invalid message', 'message could not be parsed', '8-bit data', '8bit data', 'binary data', 'media error'], '554 5.6.0 Mail message is malformed. Not accepted'),

  // Other network trouble ("Connection refused": nothing listens at the destination; a block says so in words).
  rule('network-other', 'networkerror', ['connection refused', 'connection reset', 'connection closed', 'connection dropped', 'unable to connect', 'could not connect', "couldn't connect", 'establish an smtp connection', 'network error'], 'Sorry, I wasn\'t able to establish an SMTP connection. (#4.4.1)'),

  // The receiving system failed.
  rule('system', 'systemerror', ['system error', 'internal error', 'server error', 'configuration error', 'local error', 'temporary local problem', 'temporarily unavailable', 'service unavailable', 'service not available', 'resources are temporarily', 'server busy', 'system busy', 'too busy', 'lookup error', 'processing error', 'local problem', 'internal server', 'transaction failed', 'service refuse', 'currently unavailable', 'upstream error'], '451 4.3.5 Server configuration error'),

  // The local delivery program failed.
  rule('mailer', 'mailererror', ['mailer error', 'command died', 'command output', 'procmail', 'pipe to', 'exit code', 'exited with', 'delivery program', 'local delivery failed', 'unknown mailer', 'mailer failed'], 'Command died with status 1: "/usr/bin/procmail"'),
];

/** Every phrase row in the order it is tried (the concept rules run between the two parts). */
export const PHRASE_RULES: readonly PhraseRule[] = [...NARROW_RULES, ...BROAD_RULES];

/** Rows whose words describe a delay itself, not its cause: in a delay warning they decide nothing. */
export const DELAY_ONLY: ReadonlySet<string> = new Set(['expired/retrying']);

/**
 * Rows that only say the queue gave up ("delivery time expired", "retry timeout exceeded"): any later broad row
 * that matches the same words names why ("…; last error: Connection refused") and wins.
 */
export const GIVES_WAY: ReadonlySet<string> = new Set(['expired/expired', 'expired/retrying']);

/** Rows that name another reason in a delay warning, where nothing has expired yet: the trouble being retried. */
export const DELAY_READS: Readonly<Record<string, ReasonId>> = { 'expired/timeout': 'networkerror' };
