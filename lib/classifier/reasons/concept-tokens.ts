/**
 * The words concept rules are matched against (concepts.ts, localized-concepts.ts), one reading per matching mode.
 * English "terms": mail addresses, host names and IPv4 addresses stand as the tokens "xaddr", "xhost" and "xip", so
 * "bob@example.org does not exist" and "example.org does not exist" read as what they are, and "n't" reads "not".
 * "stems": plain lower-case words that keep their hyphens ("e-mail-adresse"). Both are capped, so hostile input
 * stays cheap.
 */

/** Longest text read for English terms; a diagnostic is a few lines. */
const MAX_CHARS = 4096;
/** Longest text read for the other languages, whose notices are longer. */
export const MAX_LOCALIZED_CHARS = 8192;

const ADDRESS = /[^\s<>()[\]"',;:]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
const HOST = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,24})\b/g;
/** Links carry words of their own ("?ip=…", "/user-unknown/") that are not the server's sentence. */
const URL = /\b(?:https?:\/\/|www\.)\S*/g;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** Lower-case word tokens; "n't" becomes "not" and addresses and host names become "xaddr" and "xhost". */
export function conceptTokens(text: string): string[] {
  const t = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text)
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(URL, ' ')
    .replace(ADDRESS, ' xaddr ')
    .replace(HOST, ' xhost ')
    .replace(IPV4, ' xip ')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not');
  return t.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Lower-case words of a text in another language, hyphens kept. */
export function stemTokens(text: string): string[] {
  return text.slice(0, MAX_LOCALIZED_CHARS).toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((t) => t !== '');
}
