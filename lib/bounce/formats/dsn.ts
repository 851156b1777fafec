/**
 * RFC 3464 delivery-status fields: one per-message block and one block per recipient. Tolerates what real
 * servers send: missing blank lines between blocks, folded values, type prefixes ("rfc822;", "smtp;",
 * "dns;"), vendor fields (X-Postfix-Sender, X-Actual-Recipient) and fields embedded in a plain-text body.
 */
import { firstAddress } from '../find/addresses';

export interface DsnRecipient {
  finalRecipient: string;
  originalRecipient: string;
  action: string;
  status: string;
  remoteMta: string;
  diagnosticType: string;
  diagnostic: string;
  lastAttemptDate: string;
  willRetryUntil: string;
  /** The field lines as written, for evidence. */
  lines: string[];
}

export interface DeliveryStatus {
  reportingMta: string;
  receivedFromMta: string;
  arrivalDate: string;
  postfixSender: string;
  recipients: DsnRecipient[];
}

const RECIPIENT_FIELDS = {
  'final-recipient': 'finalRecipient',
  'original-recipient': 'originalRecipient',
  'x-actual-recipient': 'originalRecipient',
  action: 'action',
  status: 'status',
  'remote-mta': 'remoteMta',
  'diagnostic-code': 'diagnostic',
  'last-attempt-date': 'lastAttemptDate',
  'will-retry-until': 'willRetryUntil',
} as const;

type RecipientKey = (typeof RECIPIENT_FIELDS)[keyof typeof RECIPIENT_FIELDS];

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]*(.*)$/;

function emptyRecipient(): DsnRecipient {
  return {
    finalRecipient: '', originalRecipient: '', action: '', status: '', remoteMta: '',
    diagnosticType: '', diagnostic: '', lastAttemptDate: '', willRetryUntil: '', lines: [],
  };
}

function isRecipientField(name: string): name is keyof typeof RECIPIENT_FIELDS {
  return Object.hasOwn(RECIPIENT_FIELDS, name);
}

/** "rfc822; bob@example.com" → "bob@example.com"; "smtp; 550 ..." → "550 ..." (the type is returned too). */
export function splitTyped(value: string): { type: string; value: string } {
  const m = /^([A-Za-z0-9-]{1,20})[ \t]*;[ \t]*(.*)$/.exec(value);
  return m ? { type: (m[1] ?? '').toLowerCase(), value: (m[2] ?? '').trim() } : { type: '', value: value.trim() };
}

/** The address a recipient field names: a real address, or a bare local name; "" for anything else. */
function cleanAddress(value: string): string {
  const v = splitTyped(value).value;
  const found = firstAddress(v);
  if (found) return found;
  const bare = v.replace(/^<|>$/g, '').replace(/^"(.*)"$/, '$1').trim();
  return /^[^\s@<>:;,]{1,64}$/.test(bare) ? bare : '';
}

function setField(r: DsnRecipient, key: RecipientKey, raw: string): void {
  if (key === 'diagnostic') {
    const typed = splitTyped(raw);
    r.diagnosticType = typed.type;
    r.diagnostic = typed.value;
  } else if (key === 'finalRecipient' || key === 'originalRecipient') {
    r[key] = cleanAddress(raw);
  } else if (key === 'remoteMta') {
    r.remoteMta = splitTyped(raw).value.replace(/^\[|\]$/g, '');
  } else if (key === 'action') {
    r.action = raw.trim().toLowerCase().split(/[\s(]/, 1)[0] ?? '';
  } else if (key === 'status') {
    r.status = /^([245])\.(\d{1,3})\.(\d{1,3})/.exec(raw.trim())?.slice(1).map(Number).join('.') ?? '';
  } else {
    r[key] = raw.trim();
  }
}

/** Reads every delivery-status field in the text, in order. */
export function parseDeliveryStatus(text: string): DeliveryStatus {
  const out: DeliveryStatus = { reportingMta: '', receivedFromMta: '', arrivalDate: '', postfixSender: '', recipients: [] };
  let current: DsnRecipient | null = null;
  let lastKey: RecipientKey | null = null;
  let lastRaw = '';
  let blankSince = false;
  const flush = () => {
    if (current && lastKey) setField(current, lastKey, lastRaw);
    lastKey = null;
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.length > 8192 ? rawLine.slice(0, 8192) : rawLine;
    if (line.trim() === '') {
      flush();
      blankSince = true;
      continue;
    }
    if (/^[ \t]/.test(line) && lastKey && current) {
      lastRaw = `${lastRaw} ${line.trim()}`;
      current.lines.push(line.trim());
      continue;
    }
    flush();
    const m = FIELD_LINE.exec(line);
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (name === 'reporting-mta') out.reportingMta ||= splitTyped(value).value;
    else if (name === 'received-from-mta') out.receivedFromMta ||= splitTyped(value).value;
    else if (name === 'arrival-date') out.arrivalDate ||= value;
    else if (name === 'x-postfix-sender') out.postfixSender ||= cleanAddress(value);
    if (!isRecipientField(name)) continue;
    const key = RECIPIENT_FIELDS[name];
    const startsRecipient = key === 'finalRecipient' || key === 'originalRecipient';
    const c: DsnRecipient | null = current;
    const needNew =
      !c ||
      (startsRecipient && c[key] !== '') ||
      (startsRecipient && blankSince && (c.finalRecipient !== '' || c.originalRecipient !== '') && c.action !== '') ||
      (!startsRecipient && key !== 'diagnostic' && c[key] !== '' && (c.finalRecipient !== '' || c.originalRecipient !== ''));
    if (needNew) {
      current = emptyRecipient();
      out.recipients.push(current);
    }
    blankSince = false;
    lastKey = key;
    lastRaw = value;
    current?.lines.push(line.trim());
  }
  flush();
  out.recipients = out.recipients.filter((r) => r.finalRecipient !== '' || r.originalRecipient !== '');
  return out;
}

/** The address a recipient block names: Final-Recipient, else Original-Recipient. */
/** Names only a private network resolves (RFC 6762 .local, .internal, .lan, .localdomain…) or a bare host name. */
const INTERNAL_DOMAIN = /@(?:[^@.]+|.+\.(?:local|localdomain|internal|intranet|lan|corp|home\.arpa|private))$/i;

/**
 * The address the sender used: the Final-Recipient, unless it is an internal rewrite (a private host name) and the
 * Original-Recipient names a real one ("Final-Recipient: user@mailcluster.local", "Original-Recipient: user@example.com").
 */
export function recipientAddress(r: DsnRecipient): string {
  if (r.finalRecipient && r.originalRecipient && INTERNAL_DOMAIN.test(r.finalRecipient) && !INTERNAL_DOMAIN.test(r.originalRecipient)) return r.originalRecipient;
  return r.finalRecipient || r.originalRecipient;
}
