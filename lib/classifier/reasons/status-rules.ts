/**
 * Knowledge as data: what enhanced status codes say about the reason, and how far to trust them against the
 * server's words (see the order in classify.ts).
 */
import type { ReasonId } from '../../reasons';

/**
 * Enhanced status codes whose meaning is narrow enough to name the reason when no phrase does.
 * Keys are "subject.detail" (the class digit says only temporary or permanent).
 */
export const STATUS_REASONS: Readonly<Record<string, ReasonId>> = {
  '1.0': 'userunknown',
  '1.1': 'userunknown',
  '1.2': 'hostunknown',
  '1.3': 'userunknown',
  '1.4': 'userunknown',
  '1.5': 'userunknown',
  '1.6': 'hasmoved',
  '1.7': 'rejected',
  '1.8': 'rejected',
  '1.10': 'notaccept',
  '2.1': 'suspend',
  '2.2': 'mailboxfull',
  '2.3': 'exceedlimit',
  '2.4': 'mailererror',
  '3.1': 'systemfull',
  '3.2': 'notaccept',
  '3.3': 'systemerror',
  '3.4': 'mesgtoobig',
  '3.5': 'systemerror',
  '4.0': 'networkerror',
  '4.1': 'expired',
  '4.2': 'networkerror',
  '4.3': 'systemerror',
  '4.4': 'hostunknown',
  '4.5': 'systemfull',
  '4.6': 'networkerror',
  '4.7': 'expired',
  '5.0': 'syntaxerror',
  '5.1': 'syntaxerror',
  '5.2': 'syntaxerror',
  '5.3': 'toomanyconn',
  '5.4': 'syntaxerror',
  '5.5': 'syntaxerror',
  '6.0': 'contenterror',
  '6.1': 'contenterror',
  '6.2': 'contenterror',
  '6.3': 'contenterror',
  '6.4': 'contenterror',
  '6.5': 'contenterror',
  '7.2': 'filtered',
  '7.3': 'filtered',
  '7.4': 'securityerror',
  '7.5': 'securityerror',
  '7.6': 'securityerror',
  '7.7': 'securityerror',
  '7.8': 'securityerror',
  '7.9': 'securityerror',
  '7.10': 'securityerror',
  '7.11': 'securityerror',
  '7.12': 'securityerror',
  '7.13': 'suspend',
  '7.14': 'securityerror',
  '7.15': 'securityerror',
  '7.16': 'securityerror',
  '7.17': 'securityerror',
  '7.18': 'securityerror',
  '7.19': 'securityerror',
  '7.20': 'authfailure',
  '7.21': 'authfailure',
  '7.22': 'authfailure',
  '7.23': 'authfailure',
  '7.24': 'authfailure',
  '7.25': 'requireptr',
  '7.26': 'authfailure',
  '7.27': 'notaccept',
  '7.28': 'speeding',
  '7.29': 'authfailure',
  '7.30': 'failedstarttls',
  '7.509': 'authfailure',
  '7.510': 'notaccept',
  '7.515': 'authfailure',
  '7.606': 'blocked',
};

/** Status codes narrow enough to decide before any phrase ("subject.detail"). */
export const DECISIVE_STATUS = new Set(['1.1', '1.2', '1.3', '1.6', '1.7', '1.8', '2.2', '2.3', '3.1', '3.4', '7.13', '7.25', '7.26', '7.509', '7.606']);

/**
 * Reasons whose words override even a decisive status code: the server gave an X.1.1 or X.2.2 code but said
 * something narrower ("550 5.1.1 … refused due to recipient preferences", "… sent to too many recipients").
 */
export const OVERRIDING_REASONS: ReadonlySet<ReasonId> = new Set<ReasonId>(['norelaying', 'blocked', 'hasmoved', 'rejected', 'notaccept', 'speeding', 'filtered']);

/**
 * Status codes that say too little: the server's words decide (its diagnostic, then the report's text), and only
 * if none names a reason does the code's own entry count. X.4.7 (delivery time expired) is one: the words of a
 * refused connection, an unknown host, a relay or TLS refusal name the cause the queue gave up on.
 */
export const VAGUE_STATUS = new Set(['4.7', '0.0', '1.0', '2.0', '3.0', '4.0', '5.0', '7.0', '7.1', '0.1', '1.10', '2.1', '4.4', '4.1', '4.2', '3.5']);
