/**
 * Transfer decoding for the fast MIME path, matching postal-mime's output: every body line is followed by a
 * newline; quoted-printable soft breaks join lines; base64 ignores what is not base64; the bytes are then read
 * in the part's charset. Lines are "byte strings" (one character per byte, 0-255), so 8-bit text survives until
 * it is decoded in its charset, as postal-mime does.
 */
import { decodeWords } from 'postal-mime';

export type Encoding = '' | '7bit' | '8bit' | 'binary' | 'quoted-printable' | 'base64';

interface Decoder {
  decode: (bytes: Uint8Array) => string;
}

const decoders = new Map<string, Decoder>();

/** A label the runtime's decoder does not know, but that fits inside an encoded word (no "?", "*" or blank). */
const WORD_SAFE_LABEL = /^[A-Za-z0-9][\w.:+-]*$/;

/** Whether a part in this charset can be decoded here as postal-mime would. */
export function decodableCharset(charset: string): boolean {
  if (charset === '') return true;
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return WORD_SAFE_LABEL.test(charset);
  }
}

/**
 * The runtime's decoder for a label it knows (postal-mime uses the same one then). For any other label the bytes go
 * through postal-mime's own decodeWords as one base64 encoded word, so its charset aliases and fallbacks pick the
 * decoder, exactly as for a body part.
 */
function decoder(charset: string): Decoder {
  let d = decoders.get(charset);
  if (!d) {
    try {
      d = new TextDecoder(charset);
    } catch {
      d = { decode: (bytes) => decodeWords(`=?${charset}?B?${btoa(byteString(bytes))}?=`) };
    }
    decoders.set(charset, d);
  }
  return d;
}

const wide = new TextDecoder('utf-16le');

/** One character per byte (each byte widened to a UTF-16 unit and decoded natively: no surrogates can occur). */
export function byteString(bytes: Uint8Array): string {
  return wide.decode(Uint16Array.from(bytes));
}

const EIGHT_BIT = /[\x80-\xff]/;
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A header line's byte string as postal-mime reads it: UTF-8, a byte-order mark kept. */
export function headerText(s: string): string {
  return EIGHT_BIT.test(s) ? headerDecoder.decode(latinBytes(s)) : s;
}

function latinBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 255;
  return out;
}

function quotedPrintable(lines: readonly string[]): Uint8Array {
  let text = '';
  for (const line of lines) text += line.endsWith('=') ? line.slice(0, -1) : `${line}\n`;
  return latinBytes(text.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

function base64(lines: readonly string[]): Uint8Array {
  const clean = lines.join('').replace(/[^A-Za-z0-9+/]/g, '');
  const usable = clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0));
  return latinBytes(atob(usable + '='.repeat((4 - (usable.length % 4)) % 4)));
}

export function decodePart(lines: readonly string[], encoding: Encoding, charset: string): string {
  if (encoding === 'quoted-printable') return decoder(charset).decode(quotedPrintable(lines));
  if (encoding === 'base64') return decoder(charset).decode(base64(lines));
  const text = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  const asciiAlike = charset === 'utf-8' || charset === 'us-ascii' || charset === 'ascii' || charset === 'utf8';
  return asciiAlike && !EIGHT_BIT.test(text) ? text : decoder(charset).decode(latinBytes(text));
}
