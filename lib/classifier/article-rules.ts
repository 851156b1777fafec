/**
 * Curated phrase → article rules, as data. Each rule comes from one real server reply (`message`, with its
 * codes, as the named software sends it) and lists the wordings that point at the same article: the reply's
 * own key phrase, the same refusal as other servers word it, and the words customers type for it.
 * Matching is typo-tolerant and scored in rank.ts; a rule whose article does not exist yet is ignored.
 */
export interface ArticleRule {
  readonly id: string;
  readonly url: string;
  readonly message: string;
  readonly origin: string;
  readonly phrases: readonly string[];
}

export const ARTICLE_RULES = [
  { id: 'host-sender-domain-not-found', url: '/errors/sender-domain-not-found/', origin: 'host', message: '450 4.1.8 <sender>: Sender address rejected: Domain not found',
    phrases: ['sender address rejected domain not found', 'sender domain not found', 'domain of sender address does not exist', 'sender domain has no mx record'] },
  { id: 'host-no-reverse-hostname', url: '/errors/no-reverse-hostname/', origin: 'host', message: '450 4.7.1 Client host rejected: cannot find your reverse hostname',
    phrases: ['cannot find your reverse hostname', 'cannot find your hostname', 'reverse dns', 'reverse dns lookup failed', 'rdns', 'ptr record', 'no ptr record'] },
  { id: 'host-recipient-rate-limit', url: '/errors/recipient-rate-limit/', origin: 'host', message: '450 4.7.1 Recipient address rejected: Policy Rejection- Quota Exceeded',
    phrases: ['policy rejection quota exceeded', 'recipient receiving too much mail'] },
  { id: 'host-recipient-access-denied', url: '/errors/recipient-access-denied/', origin: 'host', message: '450 4.7.1 Recipient address rejected: Access denied',
    phrases: ['recipient address rejected access denied'] },
  { id: 'host-server-configuration-problem', url: '/errors/server-configuration-problem/', origin: 'host', message: '451 4.3.5 Server configuration problem - try again later',
    phrases: ['server configuration problem', 'server configuration error'] },
  { id: 'host-service-unavailable-try-later', url: '/errors/service-unavailable-try-later/', origin: 'host', message: '451 4.7.1 Service unavailable - try again later',
    phrases: ['service unavailable try again later'] },
  { id: 'host-too-many-recipients', url: '/errors/too-many-recipients/', origin: 'host', message: '452 4.5.3 Error: too many recipients',
    phrases: ['too many recipients', 'recipient limit', 'maximum number of recipients', 'how many recipients per message', 'how many people can i send to', 'send to many people at once'] },
  { id: 'host-mailbox-over-quota', url: '/errors/mailbox-over-quota/', origin: 'host', message: '522 5.7.1 Recipient address rejected: Requested mail action aborted: exceeded storage allocation',
    phrases: ['exceeded storage allocation', 'mailbox full', 'mailbox is full', 'inbox full', 'over quota', 'user is over quota', 'mailbox over quota'] },
  { id: 'host-authentication-required', url: '/errors/authentication-required/', origin: 'host', message: '530 5.7.0 Recipient address rejected: Authentication Required',
    phrases: ['authentication required', 'smtp authentication', 'smtp auth', 'relaying denied proper authentication required'] },
  { id: 'host-user-unknown', url: '/errors/user-unknown/', origin: 'host', message: '550 5.1.1 Recipient address rejected: User unknown in virtual alias table',
    phrases: ['user unknown', 'unknown user', 'no such user', 'recipient does not exist', 'address does not exist', 'user unknown in local recipient table'] },
  { id: 'host-protocol-error', url: '/errors/protocol-error/', origin: 'host', message: '550 5.5.1 Protocol error',
    phrases: ['protocol error'] },
  { id: 'host-service-currently-unavailable', url: '/errors/service-currently-unavailable/', origin: 'host', message: '550 5.3.2 Service currently unavailable',
    phrases: ['service currently unavailable'] },
  { id: 'host-hourly-domain-quota', url: '/errors/hourly-domain-quota/', origin: 'host', message: '550 5.4.5 Recipient address rejected: Hourly domain sending quota exceeded',
    phrases: ['hourly domain sending quota exceeded', 'domain sending limit per hour', 'domain has exceeded the max emails per hour'] },
  { id: 'host-hourly-sending-quota', url: '/errors/hourly-sending-quota/', origin: 'host', message: '550 5.4.6 Recipient address rejected: Hourly sending quota exceeded',
    phrases: ['hourly sending quota exceeded', 'sending limit per hour', 'how many emails per hour', 'sending quota'] },
  { id: 'host-helo-rejected', url: '/errors/helo-rejected/', origin: 'host', message: "550 5.7.1 Helo command rejected: You aren't localhost.",
    phrases: ['helo command rejected', 'helo rejected', 'ehlo rejected', 'helo command rejected need fully qualified hostname'] },
  { id: 'host-rejected-as-spam', url: '/errors/rejected-as-spam/', origin: 'host', message: '551 5.7.1 The message was rejected due to classification as Virus, Spam, or high bulk ratio.',
    phrases: ['classification as virus spam or high bulk ratio', 'rejected as spam', 'marked as spam', 'high bulk ratio'] },
  { id: 'host-message-too-large', url: '/errors/message-too-large/', origin: 'host', message: '552 5.3.4 Message size exceeds fixed limit',
    phrases: ['message size exceeds fixed limit', 'message too large', 'message too big', 'attachment too big', 'attachment too large', 'file too large', 'maximum email size exceeded'] },
  { id: 'host-sender-not-owned', url: '/errors/sender-not-owned/', origin: 'host', message: '553 5.7.1 Sender address rejected: not owned by user',
    phrases: ['not owned by user', 'send as another address', 'send from another address', 'send as alias identity'] },
  { id: 'host-blocked-by-spamhaus', url: '/errors/blocked-by-spamhaus/', origin: 'host', message: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    phrases: ['blocked using zen spamhaus org', 'spamhaus', 'ip blacklisted', 'ip blocklisted', 'ip on blacklist', 'listed on blocklist'] },
  { id: 'host-relay-access-denied', url: '/errors/relay-access-denied/', origin: 'host', message: '554 5.7.1 <info@example.com>: Relay access denied',
    phrases: ['relay access denied', 'relaying denied', 'relay not permitted', 'unable to relay', 'relaying not allowed'] },
  { id: 'host-user-suspended', url: '/errors/user-suspended/', origin: 'host', message: '554 5.7.1 Recipient address rejected: USER IS SUSPENDED',
    phrases: ['user is suspended', 'account suspended', 'mailbox suspended'] },
  { id: 'host-sender-access-denied', url: '/errors/sender-access-denied/', origin: 'host', message: '554 5.7.1 Sender address rejected: Access denied',
    phrases: ['sender address rejected access denied'] },
  { id: 'host-not-accepting-connections', url: '/errors/not-accepting-connections/', origin: 'host', message: '554 mx1.mailhost.example ESMTP not accepting connections',
    phrases: ['esmtp not accepting connections', 'not accepting connections'] },
  { id: 'gmail-account-does-not-exist', url: '/errors/gmail-account-does-not-exist/', origin: 'Gmail', message: '550 5.1.1 The email account that you tried to reach does not exist',
    phrases: ['email account that you tried to reach does not exist'] },
  { id: 'gmail-dmarc', url: '/errors/gmail-dmarc-unauthenticated/', origin: 'Gmail', message: "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
    phrases: ['unauthenticated email is not accepted due to domain dmarc policy', 'dmarc policy', 'dmarc'] },
  { id: 'microsoft-recipient-not-found', url: '/errors/microsoft-recipient-not-found/', origin: 'Microsoft 365', message: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    phrases: ['resolver adr recipientnotfound', 'resolver adr recipnotfound', 'resolver adr exrecipnotfound', 'recipient not found by smtp address lookup'] },
  { id: 'microsoft-banned-sending-ip', url: '/errors/microsoft-banned-sending-ip/', origin: 'Microsoft 365', message: '550 5.7.606 Access denied, banned sending IP [192.0.2.1]',
    phrases: ['banned sending ip'] },
  { id: 'yahoo-tss04', url: '/errors/yahoo-tss04-deferred/', origin: 'Yahoo', message: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
    phrases: ['tss04', 'temporarily deferred due to unexpected volume or user complaints'] },
  { id: 'yahoo-tss09', url: '/errors/yahoo-tss09-blocked/', origin: 'Yahoo', message: '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed',
    phrases: ['tss09', 'will be permanently deferred retrying will not succeed'] },
  { id: 'postfix-forwarding-loop', url: '/errors/mail-forwarding-loop/', origin: 'Postfix', message: '5.4.6 mail forwarding loop for anna@example.com',
    phrases: ['mail forwarding loop for', 'loops back to myself'] },
  { id: 'exim-retry-timeout', url: '/errors/retry-timeout-exceeded/', origin: 'Exim', message: 'retry timeout exceeded',
    phrases: ['retry timeout exceeded', 'have been failing for a long time'] },
  { id: 'postfix-host-not-found', url: '/errors/host-or-domain-name-not-found/', origin: 'Postfix', message: 'Host or domain name not found. Name service error for name=example.com type=MX',
    phrases: ['host or domain name not found', 'name service error'] },
  { id: 'postgrey-greylisted', url: '/errors/greylisted/', origin: 'Postgrey', message: '450 4.2.0 Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
    phrases: ['greylisted', 'greylisting', 'graylisted'] },
] as const satisfies readonly ArticleRule[];
