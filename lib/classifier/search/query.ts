/**
 * Reads a search query: the SMTP codes in it, and the words left once codes, addresses, IPs and the
 * scaffolding of a bounce ("host ... said:", "(in reply to RCPT TO command)", "Diagnostic-Code: smtp;") are gone.
 */
import { findCodes, pairsAmong } from '../codes/find-codes';
import { stem, tokenize } from './text';

export interface ParsedQuery {
  statusCodes: string[];
  replyCodes: string[];
  pairs: { replyCode: string; statusCode: string }[];
  /** Search tokens (stemmed) from the words outside codes and noise. */
  tokens: string[];
  /** Only codes (and words like "error" or "smtp"): the code's own page must come first. */
  bare: boolean;
  /** The words that may name a topic: the tokens without class words ("temporary", "retry"). */
  topicWords: string[];
  /** Per token: a class word ("deferred", "later", "try" in "try again" / "try later"; "permanent" when it asks)? */
  classWord: boolean[];
  /** The words ask for the temporary (4.x.x) side of a condition: "temporary", "deferred", "will retry". */
  temporary: boolean;
  /** The words ask for the permanent side in so many words ("user unknown permanent", "fatal error"), and not for temporary. */
  permanent: boolean;
}

const NOISE: readonly RegExp[] = [
  /\(in reply to [^)]*\)/gi,
  /\bhost\s+\S+\s+said:/gi,
  // Exim's frame around a remote reply: "SMTP error from remote mail server after RCPT TO:<a@example.com>: host mx.example.com [192.0.2.1]:".
  /\bSMTP error from remote mail(?:er| server) after (?:[A-Z ]+:\s*<[^>]*>|[a-z ]+?|[A-Z]+)(?: SIZE=\d+)?:/gi,
  /\bhost\s+[\w.-]+\s+\[[^\]\s]+\]:/gi,
  // A log line's key=value fields ("relay=mx.example.net[192.0.2.1]:25", "delay=1.2", "id=00832-01", "R=dnslookup").
  /(?<![?&])\b[A-Za-z][\w-]{0,11}=[^\s,;()]+/g,
  /\b(?:diagnostic-code|status|action|final-recipient|original-recipient|remote-mta|reporting-mta)\s*:\s*(?:(?:smtp|rfc822|dns)\s*;)?/gi,
  /\bsmtp\s*;/gi,
  /<[^<>\s]*>/g,
  /[^\s<>@()[\]"',;]+@[^\s<>@()[\]"',;]+/g,
  /\[?\b\d{1,3}(?:\.\d{1,3}){3}\b\]?/g,
  /\[?\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b\]?/gi,
  // A server's name in brackets, as Microsoft and Yahoo end their replies ("[DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]").
  /\[[\w-]+(?:\.[\w-]+){2,}\]/g,
  // Dates and times of a log line or a bounce ("2025-01-01", "Jan 12 10:31:02").
  /\b\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?\b/g,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +\d{1,2},?(?: +\d{4})?\b/gi,
  /\b\d{1,2}:\d\d(?::\d\d)?\b/g,
  // Queue and transaction ids: one run of ten or more letters and digits mixed ("d2e1a72fcca58-7a1b", "4F2A1B3C9D").
  /\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{10,}(?:[-.][a-z0-9]+)*\b/gi,
];

/**
 * Words that do not change which page a code query wants ("error 554", "smtp error 421", "what is 5.7.1", "i got
 * error 5 1 1 what does it mean").
 */
const FILLER = new Set(
  ['error', 'err', 'smtp', 'code', 'status', 'reply', 'bounce', 'bounced', 'mean', 'meaning', 'response', 'server', 'email', 'mail', 'esmtp', 'enhanced', 'number',
    'got', 'get', 'getting', 'receive', 'received', 'saying', 'says', 'said', 'explain', 'explained', 'help', 'fix', 'message',
    // what people call the bounce itself ("ndr 5.6.0", "mailer-daemon 550", "delivery failure notice 5.1.1")
    'ndr', 'dsn', 'nds', 'undeliverable', 'undelivered', 'mailer', 'daemon', 'postmaster', 'notification', 'failure', 'notice', 'returned', 'delivery'].map(stem),
);

/**
 * Words of a question that say nothing about which page answers it ("how do I fix", "what does it mean", "why do I
 * keep getting"); the stop words already drop why/how/my. Left out unless nothing else remains.
 */
export const QUESTION: ReadonlySet<string> = new Set(
  ['solve', 'resolve', 'mean', 'meaning', 'means', 'happen', 'happening', 'happens', 'keep', 'keeps', 'get', 'getting', 'got', 'problem',
    'issue', 'help', 'explain', 'wrong', 'someone', 'somebody', 'need', 'want', 'tell', 'know', 'just', 'always', 'suddenly', 'still', 'anymore', 'ever',
    'going', 'go', 'goes', 'use', 'using'].map(stem),
);

/**
 * Words that ask for the temporary class of a condition ("mailbox full temporary", "spf fail deferred", "will retry",
 * "try again later"). A query with no code and none of them wants the permanent page.
 */
export const TEMPORARY = new Set(
  ['temporary', 'temporarily', 'temp', 'transient', 'deferred', 'defer', 'deferral', 'deferring', 'retry', 'retrying', 'retried', 'retries', 'later',
    'delayed', 'delay', 'again', 'soft', 'queued'].map(stem),
);

/** Words that ask for the permanent class in so many words; without any class word the permanent page is the default anyway. */
export const PERMANENT = new Set(['permanent', 'permanently', 'fatal', 'hard'].map(stem));

/** "try" asks for the temporary class only in the idiom "try again", "try later" ("tried to reach" does not). */
const TRY = stem('try');

/** "not" (every negation reads as it: "won't", "never", "didn't"), "no": a class word right after one is denied. */
const NEGATION = new Set(['not', 'no']);
const LONGER = stem('longer');

/** A negation ends at token i: "not", "no", or "no longer". */
const negationAt = (tokens: readonly string[], i: number) =>
  NEGATION.has(tokens[i] ?? '') || (tokens[i] === LONGER && tokens[i - 1] === 'no');

/**
 * Which tokens are class words: TEMPORARY ones, and "try" right before another class word. A negation right
 * before one ("not going to try again", "will not be retried", "no longer retrying") says the server gave up, so
 * then none of the query's class words ask for the temporary class.
 */
function classWords(tokens: readonly string[]): boolean[] {
  const marks = tokens.map((t, i) => TEMPORARY.has(t) || (t === TRY && TEMPORARY.has(tokens[i + 1] ?? '')));
  const denied = marks.some((m, i) => m && negationAt(tokens, i - 1));
  return denied ? marks.map(() => false) : marks;
}

const URL_HOST = /\bhttps?:\/\/([^\s/?#]*)/gi;

/** The registered name in a host name: "proofpoint" in ipcheck.proofpoint.com, "example" in mail.example.co.uk. */
function siteName(host: string): string {
  const labels = host.toLowerCase().split(':')[0]?.split('.').filter(Boolean) ?? [];
  const n = labels.length;
  if (n < 2) return '';
  const cc = n >= 3 && (labels[n - 1] ?? '').length === 2 && /^(?:co|com|net|org|ac|gov|ne|or)$/.test(labels[n - 2] ?? '');
  return labels[cc ? n - 3 : n - 2] ?? '';
}

/** Removes codes and bounce scaffolding, leaving the words of the message. */
export function stripNoise(text: string, spans: readonly { start: number; end: number }[] = []): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = `${out.slice(0, s.start)} ${out.slice(s.end)}`;
  // A URL keeps only the name of the site ("https://ipcheck.proofpoint.com/?ip=…" → "proofpoint"): who points
  // there says whose block it is; its path may name the condition ("?p=NoSuchUser").
  out = out.replace(URL_HOST, (_m, host: string) => ` ${siteName(host)} `);
  for (const re of NOISE) out = out.replace(re, ' ');
  return out;
}

/** A size as people write it ("50mb", "25 MB", "1.5 GB", "10 megabytes"): it reads as "size limit", what it asks about. */
const SIZE = /\b\d+(?:[.,]\d+)?\s*(?:[kmgt]i?b|[kmgt]ilobytes?|megabytes?|gigabytes?|terabytes?|bytes?)\b/gi;

/** "How long" asks about time ("how long will it keep retrying"): it reads as "time", and "long" names nothing ("line too long" does). */
const HOW_LONG = /\bhow\s+long\b/gi;

export function parseQuery(query: string): ParsedQuery {
  const text = query.slice(0, 4000).replace(SIZE, ' size limit ').replace(HOW_LONG, ' time ');
  const hits = findCodes(text, { loose: true });
  const statusCodes = [...new Set(hits.filter((h) => h.kind === 'status').map((h) => h.code))];
  const replyCodes = [...new Set(hits.filter((h) => h.kind === 'reply').map((h) => h.code))];
  const pairs = pairsAmong(text, hits).map(({ replyCode, statusCode }) => ({ replyCode, statusCode }));
  const all = tokenize(stripNoise(text, hits));
  const bare = hits.length > 0 && all.every((t) => FILLER.has(t) || QUESTION.has(t));
  const content = all.filter((t) => !QUESTION.has(t));
  const tokens = bare ? [] : content.length ? content : all;
  const classWord = classWords(tokens);
  const temporary = classWord.some(Boolean);
  const permanent = !temporary && tokens.some((t) => PERMANENT.has(t));
  if (permanent) tokens.forEach((t, i) => (classWord[i] ||= PERMANENT.has(t)));
  const topicWords = tokens.filter((_t, i) => !classWord[i]);
  return { statusCodes, replyCodes, pairs, tokens, bare, topicWords, classWord, temporary, permanent };
}
