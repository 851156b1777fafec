import { z } from 'zod';
import { REASON_IDS, WHO_ACTS } from '../reasons';
import { templateErrors } from './message-template';

export const ARTICLE_KINDS = ['reply-code', 'status-code', 'error', 'guide'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Where a reply is given (the `replyFrom` field). */
export const REPLY_FROM = ['submission', 'our-server', 'recipient-server', 'delay-report', 'final-report', 'varies', 'none'] as const;

/** A three-digit SMTP reply code such as "550". */
export const replyCodeSchema = z.coerce.string().regex(/^[1-5]\d\d$/, 'a three-digit reply code such as "550"');
/** An enhanced status code class.subject.detail such as "5.1.1" or "5.7.606". */
export const statusCodeSchema = z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/, 'an enhanced status code such as "5.1.1"');
const sitePath = z.string().regex(/^\/(codes|errors|guides|problems)\/[A-Za-z0-9.-]+\/(#[a-z0-9-]+)?$/, 'a site path such as "/codes/5.1.1/"');

/** One verbatim reply a mail server sends, which belongs to this article. */
export const serverMessageSchema = z.object({
  /**
   * The words of the reply as the server sends them, without the codes in front; variable parts as placeholders
   * ({ip}, {domain}, {address}, {number}, {id}, {text}: lib/content/message-template.ts), never a made-up value.
   */
  text: z.string().min(2).superRefine((text, ctx) => {
    const problem = templateErrors(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** The reply code it is sent with, when it has one. */
  replyCode: replyCodeSchema.optional(),
  /** The enhanced status code it carries, when it has one. */
  statusCode: statusCodeSchema.optional(),
  /** Who sends it: "host" for this site's own mail servers, otherwise the provider or software ("Gmail", "Postfix"). */
  origin: z.string().min(2),
});

/** An outside reference: an RFC section or a provider's own documentation. */
export const referenceSchema = z.object({
  /** How the link reads, e.g. "RFC 3463, section 3.2". */
  label: z.string().min(3),
  /** Where it points. */
  url: z.url(),
});

/** The frontmatter every article carries, checked when the site is built. */
export const frontmatterSchema = z.strictObject({
  /** What sort of page this is; it decides the URL folder (/codes/ for codes, /errors/, /guides/). */
  kind: z.enum(ARTICLE_KINDS),
  /** Page heading and <title>: say what the reader saw, e.g. "550 5.1.1: recipient address does not exist". */
  title: z.string().min(3).max(110),
  /** One sentence that answers the question on its own; shown first, in search results and in the API. */
  summary: z.string().min(20).max(300).refine((s) => !/\.\s+[A-Z]/.test(s.trim().replace(/\b(e\.g|i\.e|etc|vs)\.\s/g, '')), 'one sentence'),
  /** Three-digit reply codes the article covers; a /codes/NNN/ page lists its own code first. */
  replyCodes: z.array(replyCodeSchema).default([]),
  /** Enhanced status codes the article covers; a /codes/C.S.D/ page lists its own code first. */
  statusCodes: z.array(statusCodeSchema).default([]),
  /** Reason ids from the shared taxonomy (lib/reasons.ts), most likely first. */
  reasons: z.array(z.enum(REASON_IDS)).default([]),
  /** Who has to do something. */
  whoActs: z.enum(WHO_ACTS),
  /** For error pages: who sends the message ("host" for our own servers, or "Gmail", "Microsoft 365", "Postfix"...). */
  origin: z.string().min(2).optional(),
  /** Verbatim server replies that belong here; they feed search and the analyzer. */
  messages: z.array(serverMessageSchema).default([]),
  /**
   * Topic words this page is THE answer for ("dmarc", "greylisting", "reverse dns"): a search for the topic alone
   * puts the page first. Lower-case, at most six, and no two pages may claim the same topic (checked with the search index).
   */
  topics: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .-]{0,38}[a-z0-9]$/, 'a lower-case topic word or two, such as "reverse dns"')).max(6).optional(),
  /** Extra words people search with that are not in the title or messages ("mailbox full", "bounce back"). */
  keywords: z.array(z.string().min(2)).default([]),
  /** Site paths of related articles, each of which must exist. */
  related: z.array(sitePath).default([]),
  /** Standards and provider documentation the facts rest on. */
  references: z.array(referenceSchema).default([]),
  /** Questions and short answers, shown as an FAQ and published as FAQPage structured data. */
  faq: z.array(z.object({ q: z.string().min(8), a: z.string().min(20) })).default([]),
  /**
   * Where the reply this article explains is given: `submission` to the customer's own mail program when it logs in
   * or sends (nothing is queued); `our-server` by this host's servers while receiving or handling a message;
   * `recipient-server` by the recipient's server, passed on in a bounce; `delay-report` in the sending server's own
   * warning while it still retries; `final-report` in the sending server's own report after it gave up (expiry,
   * no route); `varies` for a general code page that covers several of these; `none` for guides and success replies.
   */
  replyFrom: z.enum(REPLY_FROM),
  /** Day the article was last checked against the standards and the host's setup (YYYY-MM-DD). */
  lastReviewed: z.iso.date(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type ServerMessage = z.infer<typeof serverMessageSchema>;
