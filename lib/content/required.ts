import { REPLY_CODES } from '../codes/reply-codes';
import { STATUS_REGISTRY } from '../codes/status-registry';

/** Every message the host's own servers send has its page at one of these fixed slugs (under /errors/). */
export const HOST_ERROR_SLUGS = [
  'sender-domain-not-found', 'no-reverse-hostname', 'recipient-rate-limit', 'recipient-access-denied',
  'server-configuration-problem', 'service-unavailable-try-later', 'too-many-recipients', 'mailbox-over-quota',
  'authentication-required', 'user-unknown', 'protocol-error', 'service-currently-unavailable',
  'hourly-domain-quota', 'hourly-sending-quota', 'helo-rejected', 'rejected-as-spam', 'message-too-large',
  'sender-not-owned', 'blocked-by-spamhaus', 'relay-access-denied', 'user-suspended', 'sender-access-denied',
  'not-accepting-connections',
] as const;

/** Provider and MTA messages customers meet most; each has a fixed slug under /errors/. */
export const PROVIDER_ERROR_SLUGS = [
  'gmail-account-does-not-exist', 'gmail-dmarc-unauthenticated', 'gmail-likely-unsolicited', 'gmail-unusual-rate',
  'gmail-no-ptr-record', 'gmail-over-quota', 'gmail-account-disabled', 'gmail-domain-not-found',
  'gmail-app-password-required', 'gmail-login-not-accepted',
  'microsoft-recipient-not-found', 'microsoft-banned-sending-ip', 'microsoft-tenant-outbound-blocked',
  'microsoft-bad-outbound-sender', 'microsoft-throttling', 'microsoft-high-volume-sender-auth',
  'microsoft-client-not-authenticated', 'microsoft-smtp-auth-disabled', 'microsoft-access-denied',
  'microsoft-routing-loop',
  'yahoo-tss04-deferred', 'yahoo-tss09-blocked', 'yahoo-policy-rejection', 'yahoo-disabled-account',
  'icloud-cs01-blocked', 'icloud-hm08-rejected', 'proofpoint-blocked', 'mimecast-blocked',
  'spamhaus-listed-elsewhere', 'mail-forwarding-loop', 'retry-timeout-exceeded', 'host-or-domain-name-not-found',
  'greylisted',
] as const;

/** Guides every customer needs around a bounce (under /guides/). */
export const GUIDE_SLUGS = [
  'view-full-bounce-and-headers', 'bounce-for-mail-i-never-sent', 'mail-client-settings', 'read-a-bounce',
] as const;

/** Provider messages: at least this many /errors/ pages that are not the host's own. */
export const MIN_PROVIDER_ARTICLES = 60;

/** Every page the site must have, as site paths. */
export function requiredPaths(): string[] {
  const statusCodes = STATUS_REGISTRY.flatMap((r) => ['4', '5'].map((c) => r.code.replace(/^X/, c)));
  return [
    ...REPLY_CODES.map((r) => `/codes/${r.code}/`),
    ...statusCodes.map((c) => `/codes/${c}/`),
    ...HOST_ERROR_SLUGS.map((s) => `/errors/${s}/`),
    ...PROVIDER_ERROR_SLUGS.map((s) => `/errors/${s}/`),
    ...GUIDE_SLUGS.map((s) => `/guides/${s}/`),
  ];
}
