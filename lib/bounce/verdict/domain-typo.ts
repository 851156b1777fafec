/**
 * A likely misspelt provider domain in a recipient address: one letter added, dropped, changed, or two neighbours
 * swapped ("gmial.com" → "gmail.com"). Only for a recipient that does not exist or whose domain does not
 * (userunknown, hostunknown); a domain that is itself a known provider is never corrected.
 */
import type { ReasonId } from '../../reasons';
import { PROVIDER_DOMAINS } from './provider-domains';

const KNOWN = new Set<string>(PROVIDER_DOMAINS);
const TYPO_REASONS: ReadonlySet<ReasonId> = new Set<ReasonId>(['userunknown', 'hostunknown']);
/** Shorter domains are too close to too many real ones ("me.co"). */
const MIN_LENGTH = 6;

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** Swapped neighbours: the commonest slip of the fingers ("lvie.com"). */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] ?? 0) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
}

/**
 * A short provider name ("aol", "gmx", "web", "live") is one letter from many real domains ("gol.com", "gmc.de"):
 * for those only a slip in the top-level part ("aol.co", "gmx.dee") or swapped neighbours count.
 */
function plausibleSlip(typed: string, provider: string): boolean {
  const name = provider.slice(0, provider.indexOf('.'));
  if (name.length > 4) return true;
  return typed.startsWith(`${name}.`) || transposed(typed, provider);
}

export function suggestDomain(domain: string): string | null {
  const typed = domain.toLowerCase();
  if (typed.length < MIN_LENGTH || KNOWN.has(typed)) return null;
  return PROVIDER_DOMAINS.find((d) => oneEditApart(typed, d) && plausibleSlip(typed, d)) ?? null;
}

export function domainTypo(recipient: string | null, reason: ReasonId | null): { typed: string; suggested: string } | null {
  if (!recipient || !reason || !TYPO_REASONS.has(reason)) return null;
  const typed = recipient.slice(recipient.lastIndexOf('@') + 1).toLowerCase();
  const suggested = suggestDomain(typed);
  return suggested ? { typed, suggested } : null;
}
