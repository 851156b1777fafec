/**
 * Reads the human-readable part of any report (qmail, Exim, Sendmail, Postfix, Exchange, Gmail, Yahoo, Notes…)
 * without knowing which server wrote it: the lines that name a recipient start a block, the lines after it up to
 * the next recipient belong to it. The copy of the original message is cut off first.
 */
import { findAddresses, isSystemAddress, normalizeAddress } from '../find/addresses';
import { LIMITS } from '../read/limits';
import { originalStart } from './original-cut';
import { fieldAddressesIn, inClientHeader, introducesContact, introducesSender, isRecipientLine, unquoted } from './recipient-lines';

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

function capLine(line: string): string {
  return line.length > LIMITS.maxLineChars ? line.slice(0, LIMITS.maxLineChars) : line;
}

/** `named`: addresses the delivery-status part names as recipients (kept even when they look like a system's). */
export function readPlainReport(text: string, exclude: ReadonlySet<string>, named: ReadonlySet<string> = new Set()): PlainReport {
  const all = unquoted(text.split('\n').map(capLine));
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
      if (!isRecipientLine(line, hit.start, hit.end) || introducesSender(lines, i) || introducesContact(lines, i) || inClientHeader(lines, i)) continue;
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
