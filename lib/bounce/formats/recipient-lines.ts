/**
 * Which lines of a plain-text report name a failed recipient, and which mention an address in passing: the sender's
 * or the original's own fields (in English and localized clients), help text ("contact your helpdesk:"), a pasted
 * client header, a reply's quote marks.
 */
import { findAddresses, normalizeAddress } from '../find/addresses';
import { LOCALIZED_SENDER_LABELS } from '../lang/report-words';

/** Labels that introduce the sender or the original's own fields, never a failed recipient. */
const NOT_RECIPIENT_LABEL = /^(?:from|sender|reply-to|return-path|sent|date|subject|cc|bcc|to|envelope-from|mail from|x-postfix-sender|your message|message-id|in-reply-to|references)$/i;
const LOCALIZED_LABELS = new Set<string>(LOCALIZED_SENDER_LABELS);
/** Labels of the help text reports append ("Contact: helpdesk@example.com", "Kontakt:", "Contacto:"). */
const ADVICE_LABEL = /^(?:contact|contact us|kontakt|contacto|contato|contatto|support|help|helpdesk|hilfe|aide|ayuda|ajuda|aiuto|pomoc)$/i;

export function notRecipientLabel(label: string): boolean {
  return NOT_RECIPIENT_LABEL.test(label) || ADVICE_LABEL.test(label) || LOCALIZED_LABELS.has(label.toLowerCase());
}

/** Whether the line names `hit` as a recipient (rather than mentioning it in passing). */
export function isRecipientLine(line: string, start: number, end: number): boolean {
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

export function fieldAddressesIn(lines: readonly string[]): string[] {
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
export function inClientHeader(lines: readonly string[], i: number): boolean {
  if (!AMBIGUOUS_TO_LABEL.test(lines[i] ?? '')) return false;
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < lines.length; j++) if (j !== i && CLIENT_HEADER_LABEL.test(lines[j] ?? '')) return true;
  return false;
}

/** Help text that introduces an address to write to ("If the problem continues, contact your helpdesk:"). */
const CONTACT = /\b(?:contact|helpdesk|help desk|write to)\b|wenden sie sich|kontakt|contactez|contacte|póngase|contatta|neem contact|skontaktuj|свяжитесь|обратитесь|お問い合わせ|联系/i;

export function introducesContact(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = (lines[j] ?? '').trim();
    if (prev === '') continue;
    return /[:：]$/.test(prev) && CONTACT.test(prev);
  }
  return false;
}

/**
 * A paste quoted by a reply ("> Delivery has failed…"): the quote marks go, so the report reads as written. Only
 * when several lines carry a single-level mark, so a Sendmail transcript's ">>> RCPT To:" keeps its meaning.
 */
export function unquoted(lines: string[]): string[] {
  const quoted = lines.slice(0, 400).filter((l) => /^>(?:[ \t]|$)(?!>)/.test(l)).length;
  return quoted >= 3 ? lines.map((l) => l.replace(/^(?:>[ \t]?)+/, '')) : lines;
}

/** "A message sent by\n\n  <alice@example.com>" names the sender, not a recipient. */
export function introducesSender(lines: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prev = (lines[j] ?? '').trim();
    if (prev === '') continue;
    return /\b(?:sent by|from|sender|originator)\s*:?$/i.test(prev);
  }
  return false;
}
