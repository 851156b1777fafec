/**
 * Finds mail addresses in text without regular expressions over the whole text: each "@" is expanded left over
 * local-part characters and right over domain characters, so the cost stays linear on any input.
 */

export interface AddressHit {
  address: string;
  start: number;
  end: number;
}

/** Characters a local part and a domain are made of, as a table by character code (a regex test per character cost more). */
const charTable = (chars: RegExp) => Uint8Array.from({ length: 128 }, (_, c) => (chars.test(String.fromCharCode(c)) ? 1 : 0));
const LOCAL = charTable(/[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/);
const DOMAIN = charTable(/[A-Za-z0-9.-]/);
const isIn = (table: Uint8Array, text: string, i: number) => table[text.charCodeAt(i)] === 1;
const VALID_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}$/;

export function findAddresses(text: string, max = 200): AddressHit[] {
  const hits: AddressHit[] = [];
  for (let at = text.indexOf('@'); at !== -1 && hits.length < max; at = text.indexOf('@', at + 1)) {
    let s = at;
    // a quoted local part ("neko....nyaan"@example.org): back to the opening quote on the same line
    const open = text.charAt(at - 1) === '"' ? text.lastIndexOf('"', at - 2) : -1;
    if (open !== -1 && at - open <= 66 && !/[\n"]/.test(text.slice(open + 1, at - 1))) s = open;
    else while (s > 0 && at - s < 64 && isIn(LOCAL, text, s - 1)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isIn(DOMAIN, text, e)) e++;
    let local = text.charAt(s) === '"' ? text.slice(s, at) : text.slice(s, at).replace(/^[.'=/|]+/, '');
    s = at - local.length;
    if (/^mailto:/i.test(local)) {
      s += 7;
      local = local.slice(7);
    }
    const domain = text.slice(at + 1, e).replace(/[.-]+$/, '');
    if (!local || (local.endsWith('.') && !local.endsWith('"')) || !VALID_DOMAIN.test(domain)) continue;
    hits.push({ address: `${local}@${domain}`, start: s, end: at + 1 + domain.length });
  }
  return hits;
}

export function firstAddress(text: string): string {
  return findAddresses(text, 1)[0]?.address ?? '';
}

/** Addresses of mail systems rather than people: they send bounces, they are never the failed recipient. */
export function isSystemAddress(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  // Exchange's own report sender: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com"
  return /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon|root|nobody|double-bounce|bounce[s]?|no-?reply|microsoftexchange[0-9a-f]{16,})$/.test(local);
}

/** Lower-cases the domain, keeps the local part as written. */
export function normalizeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? address : `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}
