/**
 * Turns what the user gave (text or bytes) into bytes with LF line endings, and refuses what cannot be a message:
 * too big, or binary.
 */
import { LIMITS } from './limits';
import type { Refusal } from '../types';

export type RawInput = string | Uint8Array;

const CR = 13;
const LF = 10;

/** CRLF and CR-only line endings become LF, so every later step sees one form. */
export function normalizeLineEndings(bytes: Uint8Array): Uint8Array {
  let cr = bytes.indexOf(CR);
  if (cr === -1) return bytes;
  const out = new Uint8Array(bytes.length);
  let from = 0;
  let j = 0;
  while (cr !== -1) {
    out.set(bytes.subarray(from, cr), j);
    j += cr - from;
    out[j++] = LF;
    from = bytes[cr + 1] === LF ? cr + 2 : cr + 1;
    cr = bytes.indexOf(CR, from);
  }
  out.set(bytes.subarray(from), j);
  j += bytes.length - from;
  return out.subarray(0, j);
}

export function toBytes(input: RawInput): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

/** Control bytes other than tab, LF, CR, form feed and ESC (ISO-2022-JP) are rare in mail and common in binaries. */
const CONTROL = Uint8Array.from({ length: 256 }, (_, b) => ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 127 ? 1 : 0));

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) bad += CONTROL[bytes[i] ?? 0] ?? 0;
  return bad / n;
}

export interface Checked {
  bytes: Uint8Array;
  refused: Refusal | null;
  note: string | null;
}

export function checkInput(input: RawInput): Checked {
  const raw = toBytes(input);
  if (raw.length > LIMITS.maxInputBytes) {
    const mb = (raw.length / 1024 / 1024).toFixed(1);
    return { bytes: new Uint8Array(0), refused: 'too-big', note: `This input is ${mb} MB; the analyzer reads messages up to 10 MB. Paste the bounce text without the returned attachment.` };
  }
  if (controlShare(raw) > LIMITS.maxControlShare) {
    return { bytes: new Uint8Array(0), refused: 'binary', note: 'This looks like a binary file, not an email message or bounce text.' };
  }
  const bytes = normalizeLineEndings(raw);
  if (!bytes.some((b) => b > 32)) {
    return { bytes, refused: 'empty', note: 'There is no text to analyze.' };
  }
  return { bytes, refused: null, note: null };
}
