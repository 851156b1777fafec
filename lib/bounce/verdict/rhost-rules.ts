/**
 * Knowledge about particular receiving providers, as data: when the server that refused (or reported) belongs to
 * one of them, its own phrases and codes decide before the general rules, because these providers use words
 * the general tables read otherwise ("550 Unknown user" from NTT docomo refuses the sender, not the address).
 * Each rule names the real message it was written from (Sisimai's Rhost modules are the model).
 */
import type { ReasonId } from '../../reasons';

export interface HostRule {
  id: string;
  reason: ReasonId;
  /** Lower-case substrings of the diagnostic. */
  phrases: readonly string[];
  example: string;
}

export interface HostProvider {
  id: string;
  /** Host name suffixes (lower case) of the provider's servers. */
  hosts: readonly string[];
  /** A provider's numbered error codes: the pattern's first group, mapped to a reason. */
  codes?: { pattern: RegExp; reasons: Readonly<Record<string, ReasonId>>; example: string };
  /** Enhanced status codes the provider uses with one meaning, checked before the phrases. */
  statuses?: Readonly<Record<string, ReasonId>>;
  rules: readonly HostRule[];
}

const r = (id: string, reason: ReasonId, phrases: readonly string[], example: string): HostRule => ({ id, reason, phrases, example });

export const HOST_PROVIDERS: readonly HostProvider[] = [
  {
    id: 'franceptt',
    hosts: ['laposte.net', 'orange.fr', 'wanadoo.fr'],
    codes: {
      pattern: /\b(?:lpn|lpnaaa|ofr|ouk)(?:_\d{0,3}|\d{3}[-_])(\d{3})\b/i,
      reasons: {
        '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '305': 'securityerror', '401': 'authfailure',
        '402': 'securityerror', '403': 'rejected', '405': 'rejected', '415': 'rejected', '416': 'userunknown', '417': 'mailboxfull',
        '420': 'suspend', '421': 'rejected', '426': 'suspend', '505': 'systemerror', '506': 'spamdetected', '510': 'blocked',
        '514': 'mesgtoobig', '517': 'authfailure', '630': 'policyviolation', '999': 'blocked',
      },
      example: '550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426',
    },
    rules: [r('service-refused', 'blocked', ['service refused, please try later', 'service refuse'], '421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107')],
  },
  {
    id: 'yahoo',
    hosts: ['yahoodns.net', 'yahoo.com', 'yahoo.co.jp'],
    rules: [r('no-account', 'userunknown', ["this user doesn't have a yahoo", 'user doesn\'t have a'], "554 delivery error: dd This user doesn't have a yahoo.com account (this-local-part-does-not-exist@yahoo.com) [0] - mta1061")],
  },
  {
    id: 'messagelabs',
    hosts: ['messagelabs.com'],
    rules: [
      r('invalid-recipient', 'userunknown', ['no such user', 'invalid recipient', 'recipient mailbox is not allowed'], '550 kijitora@neko.example.org... No such user'),
      r('sender-blocked', 'rejected', ['sender envelope domain not allowed', 'your envelope sender is in my badmailfrom list'], '553 sorry, your envelope sender is in my badmailfrom list'),
    ],
  },
  {
    id: 'mimecast',
    hosts: ['mimecast.com'],
    rules: [
      r('network-not-allowed', 'policyviolation', ['host network not allowed'], '554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554'),
      r('signature', 'virusdetected', ['mcspamsignature', 'virus signature'], '554 email rejected due to security policies - MCSpamSignature.sa.2.2'),
    ],
  },
  {
    id: 'nttdocomo',
    hosts: ['docomo.ne.jp'],
    // Status: 5.2.0 with the same words is the recipient's own filter (rhost-nttdocomo-01)
    statuses: { '5.2.0': 'filtered' },
    // docomo answers its subscribers' sender filters with "Unknown user" after DATA
    rules: [r('sender-filter', 'rejected', ['unknown user', 'user unknown'], '550 Unknown user azumakuniyuki@ntt.docomo.example.ne.jp')],
  },
  {
    id: 'zoho',
    hosts: ['zoho.com', 'zohomail.com'],
    rules: [r('sender-refused', 'rejected', ['email flagged as spam', 'mail rejected by destination domain'], '541 5.4.1 Mail rejected by destination domain')],
  },
  {
    id: 'cox',
    hosts: ['cox.net', 'cloudfilter.net'],
    rules: [r('sender-ip', 'blocked', ['sender rejected', 'ip address blocked'], '550 5.1.0 <bounce@mailer.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html')],
  },
];
