/**
 * Caps the work postal-mime does on a big message: every MIME part body (the text between two boundary-like
 * lines) is cut to LIMITS.maxPartBytes, keeping the boundaries, so the structure survives and a returned 5 MB
 * attachment costs nothing. Works on bytes (native indexOf), so 8-bit charsets survive and it stays fast.
 */
import { LIMITS } from './limits';

const LF = 10;
const DASH = 45;

/** Offsets of every line that starts with "--". */
function boundaryLines(bytes: Uint8Array): number[] {
  const marks: number[] = [];
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) {
    if (bytes[i + 1] === DASH && bytes[i + 2] === DASH) marks.push(i + 1);
  }
  return marks;
}

export function trimLargeParts(bytes: Uint8Array): Uint8Array {
  const max = LIMITS.maxPartBytes;
  if (bytes.length <= max) return bytes;
  const marks = [...boundaryLines(bytes), bytes.length];
  const keep: Array<[number, number]> = [];
  let from = 0;
  for (const mark of marks) {
    if (mark - from > max) {
      const cut = bytes.lastIndexOf(LF, from + max);
      keep.push([from, cut > from ? cut + 1 : from + max]);
      if (mark < bytes.length) keep.push([mark - 1, mark]);
    } else {
      keep.push([from, mark]);
    }
    from = mark;
  }
  const total = keep.reduce((n, [a, b]) => n + (b - a), 0);
  if (total === bytes.length) return bytes;
  const out = new Uint8Array(total);
  let at = 0;
  for (const [a, b] of keep) {
    out.set(bytes.subarray(a, b), at);
    at += b - a;
  }
  return out;
}
