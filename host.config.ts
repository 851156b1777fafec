/**
 * The mail host this site documents. To adopt the site for another host, edit this file only:
 * every article, page, search result and analyzer verdict reads its values from here.
 * The default describes a fictional host on reserved example domains.
 */
import { defineHost } from './lib/host/define';

export const host = defineHost({
  siteName: 'Bounce Help',
  hostName: 'Mailhost',
  siteUrl: 'https://help.mailhost.example',
  support: {
    email: 'support@mailhost.example',
    url: 'https://support.mailhost.example/new-ticket',
    hours: 'around the clock',
  },
  statusPageUrl: 'https://status.mailhost.example',
  webmailUrl: 'https://webmail.mailhost.example',
  controlPanelUrl: 'https://panel.mailhost.example',
  clientSettings: {
    smtpServer: 'smtp.mailhost.example',
    submissionPort: 587,
    smtpsPort: 465,
    imapServer: 'imap.mailhost.example',
    imapPort: 993,
    popServer: 'pop.mailhost.example',
    popPort: 995,
  },
  spfInclude: 'include:spf.mailhost.example',
  limits: {
    maxRecipients: 50,
    maxMessageSizeMb: 30,
    hourlyQuotaPerUser: 300,
    hourlyQuotaPerDomain: 1000,
  },
  blockedAttachmentTypes: ['exe', 'bat', 'cmd', 'com', 'cpl', 'hta', 'jar', 'js', 'jse', 'lnk', 'msi', 'pif', 'scr', 'vbe', 'vbs', 'wsf'],
  servers: {
    inbound: ['mx1.mailhost.example', 'us2.mx1.mailhost.example', 'in.mx1.mailhost.example'],
    outbound: ['out1.mailhost.example', 'out2.mailhost.example'],
    domains: ['mailhost.example'],
  },
  blocklists: ['zen.spamhaus.org'],
  feedbackEndpoint: null,
});
