/**
 * The server's words for one recipient block of a plain-text report: the line carrying a code and its
 * continuation, or else the lines right after the address.
 */
import { findAddresses } from './addresses';
import { hasCode } from './codes-in';
import type { TextBlock } from '../formats/plain-report';

const MAX_LINES = 6;
const NEXT_REPLY = /^[245]\d\d /;

/** What follows the address on the recipient line ("<bob@example.com>: user unknown" → "user unknown"). */
function afterAddress(line: string, recipient: string): string {
  const hit = findAddresses(line, 5).find((h) => h.address.toLowerCase() === recipient.toLowerCase());
  const rest = hit ? line.slice(hit.end) : '';
  return rest.replace(/^[>"')\]]*\s*(?:\.\.\.|:|,)?\s*/, '').replace(/^on\s+\w{3},.*$/i, '').trim();
}

function run(lines: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length && out.length < MAX_LINES; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      if (out.length > 0) break;
      continue;
    }
    out.push(line);
  }
  return out;
}

export function blockDiagnostic(block: TextBlock): string[] {
  const lines = block.lines;
  const first = (lines[0] ?? '').trim();
  const rest = afterAddress(first, block.recipient);
  // "554 <bob@example.com>... 550 Host unknown": the code after the address is the remote server's
  const head = hasCode(rest) ? rest : hasCode(first) ? first : rest;
  const codeAt = lines.findIndex((l, i) => i > 0 && hasCode(l));
  if (head && (hasCode(head) || codeAt === -1)) {
    const more = run(lines, 1).slice(0, hasCode(head) ? 2 : MAX_LINES - 1);
    // a transcript line that opens with its own reply code ("550 example.org (smtp)... Host unknown") is the next
    // reply, often about another recipient, not a continuation
    const stop = more.findIndex((l) => NEXT_REPLY.test(l));
    const own = hasCode(head) && stop !== -1 ? more.slice(0, stop) : more;
    return [head, ...own].filter((l) => !/^\s*$/.test(l));
  }
  if (codeAt !== -1) return run(lines, codeAt);
  return run(lines, 1);
}
