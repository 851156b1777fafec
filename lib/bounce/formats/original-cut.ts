/**
 * Where a plain-text report ends and the copy of the original message begins. Codes and addresses below that
 * point belong to the original and must never be read as the failure.
 */
import { LOCALIZED_ORIGINAL_MARKERS } from '../lang/report-words';

/** Whole-line markers (after dashes, stars and the like are stripped) that introduce the returned message. */
const MARKERS = [
  /^(?:-+ ?)?below this line is a copy of the message/,
  /^this is a copy of the (?:original )?message/,
  /^(?:a )?copy of (?:the )?(?:original|returned|your) message/,
  /^(?:the )?original message(?: text)?(?: (?:follows|headers?(?: follows?)?|below|is attached|was))?$/,
  /^(?:the )?(?:returned|unsent|undelivered|rejected|original) (?:message|mail)(?: headers?)?(?: (?:follows|below))?$/,
  /^message (?:text|headers?) follows?$/,
  /^included is a copy of the message header/,
  /^(?:the )?header of the original message/,
  /^(?:the )?headers? of (?:the|your) (?:original|returned) message/,
  /^original message headers?$/,
  /^content-type: message\/(?:rfc822|global)/,
  /^content-type: text\/rfc822-headers/,
];

/** The markers as one alternation: one test per line instead of one per marker, with the same answer. */
const MARKER = new RegExp(MARKERS.map((m) => `(?:${m.source})`).join('|'));

/** The same headings in other languages (localized Exchange, Gmail, Outlook and webmail). */
const LOCALIZED = new Set<string>(LOCALIZED_ORIGINAL_MARKERS);

const DSN_FIELDS = new Set([
  'reporting-mta', 'received-from-mta', 'arrival-date', 'final-recipient', 'original-recipient', 'action', 'status',
  'remote-mta', 'diagnostic-code', 'last-attempt-date', 'will-retry-until', 'final-log-id', 'original-envelope-id',
  'dsn-gateway', 'x-postfix-queue-id', 'x-postfix-sender', 'x-actual-recipient', 'x-failed-recipients',
]);

const ORIGINAL_HEADERS = /^(?:received|return-path|dkim-signature|domainkey-signature|x-received|arc-seal|arc-message-signature|authentication-results|message-id|mime-version|x-mailer|x-originating-ip|delivered-to|from|to|subject|date|reply-to|content-type|content-transfer-encoding|sender|cc|x-google-smtp-source|x-gm-message-state|references|in-reply-to|thread-index|x-ms-[\w-]+):/i;
const HEADER_NAME = /^([A-Za-z][\w-]{0,60}):/;

function markerLine(line: string): boolean {
  const core = line.toLowerCase().replace(/^[\s\-=*_#>|]+/, '').replace(/[\s\-=*_#|:.：]+$/, '');
  return core.length > 0 && core.length < 100 && (MARKER.test(core) || LOCALIZED.has(core));
}

/** Whether three or more header lines start here (with one an original-message header and none a DSN field). */
function headerRunAt(lines: readonly string[], i: number): boolean {
  let count = 0;
  let original = false;
  for (let j = i; j < lines.length && j < i + 12; j++) {
    const line = lines[j] ?? '';
    if (/^[ \t]+\S/.test(line) && count > 0) continue;
    const name = HEADER_NAME.exec(line)?.[1]?.toLowerCase();
    if (!name) break;
    if (DSN_FIELDS.has(name)) return false;
    if (ORIGINAL_HEADERS.test(line)) original = true;
    count++;
  }
  return count >= 3 && original;
}

/** The index of the first line of the returned original, or lines.length when there is none. */
export function originalStart(lines: readonly string[]): number {
  let seenReport = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (markerLine(line)) return i;
    if (seenReport && /^(?:received|return-path|dkim-signature|x-received|arc-seal|message-id|from|date|mime-version|x-originating-ip):/i.test(line) && headerRunAt(lines, i)) return i;
    if (line.trim() !== '') seenReport = true;
  }
  return lines.length;
}
