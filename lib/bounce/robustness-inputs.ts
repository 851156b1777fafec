/**
 * Hostile and oversized inputs for the robustness tests and the benchmark: each must end quickly with a result
 * or a clear note. Built in memory; nothing here is read from disk.
 */

/** Deterministic pseudo-random bytes (no Math.random, so runs repeat). */
export function binaryJunk(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

export function nestedParts(depth: number): string {
  const head = ['From: MAILER-DAEMON@example.net', 'To: alice@example.com', 'Subject: nested', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b0"', ''];
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(`--b${i}`, `Content-Type: multipart/mixed; boundary="b${i + 1}"`, '');
    close.unshift(`--b${i}--`);
  }
  return [...head, ...open, `--b${depth}`, 'Content-Type: text/plain', '', '550 5.1.1 <bob@example.org>: User unknown', `--b${depth}--`, ...close].join('\n');
}

export function manyParts(count: number): string {
  const lines = ['From: MAILER-DAEMON@example.net', 'To: alice@example.com', 'Subject: many', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="m"', ''];
  for (let i = 0; i < count; i++) lines.push('--m', 'Content-Type: text/plain', '', `part ${i}`);
  lines.push('--m--');
  return lines.join('\n');
}

export function oneLongLine(size: number): string {
  const unit = 'Delivery failed 550 5.1.1 <bob@example.org> user unknown; ';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Text shaped to make naive patterns backtrack: long runs of near-matches. */
export function regexHostile(size: number): string {
  const pieces = ['a'.repeat(5000) + '@', '@'.repeat(5000), '550-'.repeat(3000), ' '.repeat(20000) + 'x', '5.5.5.5.'.repeat(3000), '<'.repeat(10000), 'Final-Recipient: '.repeat(2000), 'a.'.repeat(10000) + '@b'];
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${pieces[i % pieces.length]}\n`;
  return out.slice(0, size);
}

/** A real-shaped bounce whose returned original carries a large attachment. */
export function bigBounce(size: number): string {
  const b64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo='.repeat(1).slice(0, 76);
  const body: string[] = [];
  for (let n = 0; n < size; n += 77) body.push(b64);
  return [
    'From: MAILER-DAEMON@out1.example.net', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="big"', '',
    '--big', 'Content-Type: text/plain', '', '<bob@example.org>: host mx.example.org[192.0.2.10] said: 552 5.2.2 Mailbox full', '',
    '--big', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; out1.example.net', '',
    'Final-Recipient: rfc822; bob@example.org', 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full', '',
    '--big', 'Content-Type: message/rfc822', '', 'From: alice@example.com', 'To: bob@example.org', 'Subject: photos', 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="inner"', '', '--inner', 'Content-Type: image/jpeg', 'Content-Transfer-Encoding: base64', '',
    ...body, '--inner--', '', '--big--', '',
  ].join('\n');
}

const BOUNCE_HEAD = ['From: MAILER-DAEMON@mx.example.net', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0'];

/** A header folded `folds` times (about 3 bytes a fold), above a plain bounce text. */
export function foldedHeader(folds: number): string {
  return [...BOUNCE_HEAD, `X-Folded: start${'\n a'.repeat(folds)}`, 'Content-Type: text/plain', '', '<bob@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1 User unknown', ''].join('\n');
}

/** A Content-Type with `count` parameters before its boundary. */
export function manyParameters(count: number): string {
  const params = Array.from({ length: count }, (_, i) => `p${i}=v${i}`).join('; ');
  return [
    ...BOUNCE_HEAD, `Content-Type: multipart/report; ${params}; report-type=delivery-status; boundary="b"`, '',
    '--b', 'Content-Type: text/plain', '', '<bob@example.org>: 550 5.1.1 User unknown', '',
    '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '', 'Final-Recipient: rfc822; bob@example.org', 'Action: failed', 'Status: 5.1.1', '',
    '--b--', '',
  ].join('\n');
}

/** A delivery report listing `count` failed recipients, each with its own status block and report line. */
export function manyRecipients(count: number): string {
  const lines: string[] = [];
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`<user${i}@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1 User unknown`, '');
    blocks.push(`Final-Recipient: rfc822; user${i}@example.org`, 'Action: failed', 'Status: 5.1.1', `Diagnostic-Code: smtp; 550 5.1.1 <user${i}@example.org>: User unknown`, '');
  }
  return [
    ...BOUNCE_HEAD, 'Content-Type: multipart/report; report-type=delivery-status; boundary="r"', '',
    '--r', 'Content-Type: text/plain', '', ...lines,
    '--r', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.net', '', ...blocks,
    '--r--', '',
  ].join('\n');
}

/** One line of `size` angle brackets (every '<' a possible start of an address) after bounce headers. */
export function angleBrackets(size: number): string {
  return [...BOUNCE_HEAD, 'Content-Type: text/plain', '', '<'.repeat(size), '<bob@example.org>: 550 5.1.1 User unknown', ''].join('\n');
}
