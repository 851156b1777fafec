/** Codes the home page offers first: the ones customers meet most (see the shared codes notes). */
export const POPULAR_CODES = ['550', '554', '5.1.1', '5.7.1', '4.7.1', '5.2.2', '452', '421', '5.7.26', '4.4.7'] as const;

/** Problems customers recognise, each with the articles that answer it (most useful first). */
export const PROBLEMS = [
  {
    slug: 'recipient-bounced',
    title: 'Mail to a recipient bounced',
    blurb: 'the address is wrong, the mailbox is full or the account is closed',
    articles: ['/errors/user-unknown/', '/codes/5.1.1/', '/errors/mailbox-over-quota/', '/codes/5.2.2/', '/codes/5.1.2/', '/errors/user-suspended/'],
  },
  {
    slug: 'blocked',
    title: 'My server or IP address is blocked',
    blurb: 'blocklists, reverse DNS and reputation',
    articles: ['/errors/blocked-by-spamhaus/', '/errors/no-reverse-hostname/', '/errors/not-accepting-connections/', '/errors/service-currently-unavailable/', '/codes/5.7.1/'],
  },
  {
    slug: 'login-and-authentication',
    title: 'Login and authentication',
    blurb: 'relay access denied, authentication required, wrong password',
    articles: ['/errors/relay-access-denied/', '/errors/authentication-required/', '/errors/sender-not-owned/', '/guides/mail-client-settings/', '/codes/535/'],
  },
  {
    slug: 'size-and-limits',
    title: 'Size and sending limits',
    blurb: 'message too large, blocked attachments, too many recipients, hourly quotas',
    articles: ['/errors/message-too-large/', '/errors/attachment-type-blocked/', '/errors/too-many-recipients/', '/errors/hourly-sending-quota/', '/errors/hourly-domain-quota/'],
  },
  {
    slug: 'spam-and-security',
    title: 'Spam and security',
    blurb: 'rejected as spam, mail landing in spam, DMARC failures, bounces for mail you never sent',
    articles: ['/errors/rejected-as-spam/', '/guides/mail-lands-in-spam/', '/codes/5.7.26/', '/guides/bounce-for-mail-i-never-sent/', '/errors/sender-access-denied/'],
  },
] as const;
