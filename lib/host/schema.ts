import { z } from 'zod';

const hostname = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a host name such as mx1.example.net');
const url = z.url();

/** The mail host's own facts and policies. Every page and article reads these; none hard-codes them. */
export const hostConfigSchema = z.object({
  /** Name of this help site, shown in the header and page titles. */
  siteName: z.string().min(2),
  /** The mail host's brand, as customers know it ("Example Mail"). */
  hostName: z.string().min(2),
  /** Public origin of this site, without a trailing slash; used for canonical URLs and the sitemap. */
  siteUrl: url.refine((u) => !u.endsWith('/'), 'no trailing slash'),
  /** How customers reach human support. */
  support: z.object({
    /** Support mailbox address. */
    email: z.email(),
    /** Page where customers open a ticket. */
    url,
    /** Hours or channel note shown next to the contact, e.g. "24/7". */
    hours: z.string(),
  }),
  /** Public status page for incidents and maintenance. */
  statusPageUrl: url,
  /** Webmail login page. */
  webmailUrl: url,
  /** Control panel where domains and users are managed. */
  controlPanelUrl: url,
  /** What customers put into a mail client to send and receive. */
  clientSettings: z.object({
    /** Outgoing (SMTP submission) server name. */
    smtpServer: hostname,
    /** Submission port with STARTTLS. */
    submissionPort: z.number().int().positive(),
    /** Submission port with implicit TLS. */
    smtpsPort: z.number().int().positive(),
    /** Incoming IMAP server name. */
    imapServer: hostname,
    /** IMAP port with implicit TLS. */
    imapPort: z.number().int().positive(),
    /** POP3 server name. */
    popServer: hostname,
    /** POP3 port with implicit TLS. */
    popPort: z.number().int().positive(),
  }),
  /** The SPF mechanism customers add to their domain's SPF record, e.g. "include:spf.example.net". */
  spfInclude: z.string().startsWith('include:'),
  /** Sending and size limits the host enforces. */
  limits: z.object({
    /** Most recipients (To, Cc and Bcc together) one message may have. */
    maxRecipients: z.number().int().positive(),
    /** Largest message, attachments and encoding included, in megabytes. */
    maxMessageSizeMb: z.number().positive(),
    /** Messages one mailbox may send in any 60-minute window. */
    hourlyQuotaPerUser: z.number().int().positive(),
    /** Messages all mailboxes of one domain may send together in any 60-minute window. */
    hourlyQuotaPerDomain: z.number().int().positive(),
  }),
  /** File extensions refused as attachments, without the dot. */
  blockedAttachmentTypes: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  /** The host's own mail servers; the analyzer uses them to tell "our server refused" from "their server refused". */
  servers: z.object({
    /** Inbound MX host names (receive mail for customers). */
    inbound: z.array(hostname).min(1),
    /** Outbound relay host names (send customers' mail out). */
    outbound: z.array(hostname).min(1),
    /** Domains whose every host belongs to the host, e.g. "mailhost.example". */
    domains: z.array(hostname).min(1),
  }),
  /** DNS blocklists the inbound servers consult. */
  blocklists: z.array(hostname).min(1),
  /** Optional endpoint that receives "Was this helpful?" votes; null keeps votes in the browser only. */
  feedbackEndpoint: url.nullable(),
});

export type HostConfig = z.infer<typeof hostConfigSchema>;
