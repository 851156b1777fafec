/**
 * Reads the human-readable part of any report (qmail, Exim, Sendmail, Postfix, Exchange, Gmail, Yahoo, Notes…)
 * without knowing which server wrote it: the lines that name a recipient start a block, the lines after it up to
 * the next recipient belong to it. The copy of the original message is cut off first.
 */
import { findAddresses, isSystemAddress, normalizeAddress } from '../find/addresses';
import { LOCALIZED_SENDER_LABELS } from '../lang/report-words';
import { LIMITS } from '../read/limits';
import { originalStart } from './original-cut';

export interface TextBlock {
  recipient: string;
  /** The block's lines, the recipient line first. */
  lines: string[];
}

export interface PlainReport {
  /** The report's lines above the original message. */
  lines: string[];
  /** Lines before the first recipient block. */
  preamble: string[];
  blocks: TextBlock[];
  /** Lines of the returned original, when it was pasted inline. */
  originalLines: string[];
  /**
   * Addresses on lines labelled as the sender's or the original's own fields ("To: Alice <alice@example.com>",
   * "An: …", "Von: …" in a mail client's paste): the least likely recipients when no line names one.
   */
  fieldAddresses: string[];
}

/** Labels that introduce the sender or the original's own fields, never a failed recipient. */
const NOT_RECIPIENT_LABEL = /^(?:from|sender|reply-to|return-path|sent|date|subject|cc|bcc|to|envelope-from|mail from|x-postfix-sender|your message|message-id|in-reply-to|references)$/i;
const LOCALIZED_LABELS = new Set<string>(LOCALIZED_SENDER_LABELS);
/** Labels of the help text reports append ("Contact: helpdesk@example.com", "Kontakt:", "Contacto:"). */
const ADVICE_LABEL = /^(?:contact|contact us|kontakt|contacto|contato|contatto|support|help|helpdesk|hilfe|aide|ayuda|ajuda|aiuto|pomoc)$/i;

function notRecipientLabel(label: string): boolean {
  return NOT_RECIPIENT_LABEL.test(label) || ADVICE_LABEL.test(label) || LOCALIZED_LABELS.has(label.toLowerCase());
}

/** Whether the line names `hit` as a recipient (rather than mentioning it in passing). */
function isRecipientLine(line: string, start: number, end: number): boolean {
  const before = line.slice(0, start).trim();
  const after = line.slice(end);
  const bare = before.replace(/^[<"'(\[]+/, '');
  if (bare === '') {
    // the address opens the line: alone, or followed by ":", "...", " on <date>", "(expanded from", a reason
    return /^[>"')\]]*(?:\s|:|\.\.\.|,|;|$)/.test(after);
  }
  // Sendmail transcripts: ">>> RCPT To:<bob@example.com>" (the refusal follows), "550 <bob@example.com>... User unknown"
  if (/^>>>\s*rcpt to:\s*<?$/i.test(before)) return true;
  if (/^[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?[ -]?<?$/.test(before) && /^>?(?:\.\.\.|:)/.test(after.trim())) return true;
  const label = /^(?:[\d.)*-]+\s*)?(\p{L}[\p{L} \t'-]{0,40}?)\s*[:=：]\s*[<"'[]*$/u.exec(before)?.[1];
  if (label && !notRecipientLabel(label.trim())) return true;
  return false;
}

const FIELD_LABEL = /^\s*(\p{L}[\p{L} '-]{0,30}?)\s*[:：]/u;

function fieldAddressesIn(lines: readonly string[]): string[] {
  return lines.flatMap((line, i) => {
    const label = FIELD_LABEL.exec(line)?.[1];
    const field = (label && notRecipientLabel(label.trim())) || inClientHeader(lines, i);
    return field ? findAddresses(line, 5).map((h) => normalizeAddress(h.address).toLowerCase()) : [];
  });
}

/** "To" labels that name the failed recipient in carrier and webmail notices, and the customer's own account in a
 * pasted client header ("差出人: …", "送信日時: …", "宛先: alice@example.jp", "件名: …"). */
const AMBIGUOUS_TO_LABEL = /^\s*(?:宛先|收件人|收件者)\s*[:：]/u;
const CLIENT_HEADER_LABEL = /^\s*(?:差出人|送信者|送信日時|件名|发件人|發件人|发送时间|發送時間|主题|主旨)\s*[:：]/u;

/** A "宛先:"/"收件人:" line inside a pasted client header names the customer, not a failed recipient. */
function inClientHeader(lines: readonly string[], i: number): boolean {
  if (!AMBIGUOUS_TO_LABEL.test(lines[i] ?? '')) return false;
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < lines.length; j++) if (j !== i && CLIENT_HEADER_LABEL.test(lines[j] ?? '')) return true;
  return false;
}

/** "A message sent by\n\n  <alice@example.com>" names the sender, not a recipient. */
function introducesSender(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = (lines[j] ?? '').trim();
    if (prev === '') continue;
    return /\b(?:sent by|from|sender|originator)\s*:?$/i.test(prev);
  }
  return false;
}

function capLine(line: string): string {
  return line.length > LIMITS.maxLineChars ? line.slice(0, LIMITS.maxLineChars) : line;
}

/** `named`: addresses the delivery-status part names as recipients (kept even when they look like a system's). */
export function readPlainReport(text: string, exclude: ReadonlySet<string>, named: ReadonlySet<string> = new Set()): PlainReport {
  const all = text.split('\n').map(capLine);
  const cut = originalStart(all);
  const lines = all.slice(0, cut);
  const blocks: TextBlock[] = [];
  const seen = new Map<string, TextBlock>();
  let current: TextBlock | null = null;
  let firstBlockLine = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let started = false;
    for (const hit of findAddresses(line, 20)) {
      const address = normalizeAddress(hit.address);
      const key = address.toLowerCase();
      if (exclude.has(key) || (isSystemAddress(address) && !named.has(key))) continue;
      if (!isRecipientLine(line, hit.start, hit.end) || introducesSender(lines, i) || inClientHeader(lines, i)) continue;
      if (current && current.recipient.toLowerCase() === key) break;
      const earlier = seen.get(key);
      if (earlier) {
        current = earlier;
        current.lines.push(line);
        started = true;
        break;
      }
      if (blocks.length >= LIMITS.maxResults) break;
      current = { recipient: address, lines: [line] };
      blocks.push(current);
      seen.set(key, current);
      firstBlockLine = Math.min(firstBlockLine, i);
      started = true;
      break;
    }
    if (!started && current) current.lines.push(line);
  }
  return { lines, preamble: lines.slice(0, firstBlockLine), blocks, originalLines: all.slice(cut), fieldAddresses: fieldAddressesIn(lines) };
}
