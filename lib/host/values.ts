import type { HostConfig } from './schema';

/**
 * The host facts an article may quote by name, as display text: `<Host value="maxRecipients" />`.
 * A name not in this table fails the build, naming the article.
 */
export function hostValues(h: HostConfig) {
  return {
    siteName: h.siteName,
    hostName: h.hostName,
    supportEmail: h.support.email,
    supportUrl: h.support.url,
    supportHours: h.support.hours,
    statusPageUrl: h.statusPageUrl,
    webmailUrl: h.webmailUrl,
    controlPanelUrl: h.controlPanelUrl,
    smtpServer: h.clientSettings.smtpServer,
    submissionPort: String(h.clientSettings.submissionPort),
    smtpsPort: String(h.clientSettings.smtpsPort),
    imapServer: h.clientSettings.imapServer,
    imapPort: String(h.clientSettings.imapPort),
    popServer: h.clientSettings.popServer,
    popPort: String(h.clientSettings.popPort),
    spfInclude: h.spfInclude,
    maxRecipients: String(h.limits.maxRecipients),
    maxMessageSizeMb: String(h.limits.maxMessageSizeMb),
    hourlyQuotaPerUser: String(h.limits.hourlyQuotaPerUser),
    hourlyQuotaPerDomain: String(h.limits.hourlyQuotaPerDomain),
    blockedAttachmentTypes: h.blockedAttachmentTypes.map((t) => `.${t}`).join(', '),
    inboundServers: h.servers.inbound.join(', '),
    outboundServers: h.servers.outbound.join(', '),
    primaryInboundServer: h.servers.inbound[0] ?? '',
    blocklists: h.blocklists.join(', '),
    primaryBlocklist: h.blocklists[0] ?? '',
  } satisfies Record<string, string>;
}

/** How an article quotes a host value: `<Host value="name" />` in prose, `{{name}}` inside code. */
export const HOST_TAG = /<Host\s+value="(\w*)"\s*\/>/g;
export const HOST_TOKEN = /\{\{\s*(\w+)\s*\}\}/g;

export type HostValueName = keyof ReturnType<typeof hostValues>;

export function isHostValueName(h: HostConfig, name: string): name is HostValueName {
  return Object.hasOwn(hostValues(h), name);
}
