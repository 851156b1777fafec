/**
 * Repairs a breakage real servers produce (Office 365, Apache James): a Content-Type parameter such as
 * `boundary=` written at the start of the next line without folding white space. Without the repair the part
 * structure is lost. Works on bytes so 8-bit charsets survive.
 */
import { byteString } from './mime-lite-decode';

const BROKEN = /(content-type:[^\n]{0,300};[ \t]*\n)((?:boundary|charset|report-type|type)=)/gi;

export function repairUnfoldedParameters(bytes: Uint8Array, text: string): Uint8Array {
  BROKEN.lastIndex = 0;
  if (!BROKEN.test(text)) return bytes;
  const raw = byteString(bytes);
  const inserts: number[] = [];
  for (const m of raw.matchAll(BROKEN)) inserts.push(m.index + (m[1] ?? '').length);
  if (inserts.length === 0) return bytes;
  const out = new Uint8Array(bytes.length + inserts.length);
  let from = 0;
  let to = 0;
  for (const at of inserts) {
    out.set(bytes.subarray(from, at), to);
    to += at - from;
    out[to++] = 32;
    from = at;
  }
  out.set(bytes.subarray(from), to);
  return out;
}

/** A MIME body read without a parser: boundary lines and part headers removed, the rest kept in order. */
export function stripMimeScaffolding(body: string): string {
  const out: string[] = [];
  let inPartHeaders = false;
  for (const line of body.split('\n')) {
    if (/^--[^\s]{6,}\s*$/.test(line)) {
      inPartHeaders = true;
      continue;
    }
    if (inPartHeaders) {
      if (line.trim() === '') inPartHeaders = false;
      else if (/^(?:content-[\w-]+:|mime-version:|[ \t]|boundary=|charset=)/i.test(line)) continue;
      else inPartHeaders = false;
    }
    out.push(line);
  }
  return out.join('\n');
}
