/**
 * The names people use for a provider whose pages the site has, by the `origin` those pages carry: a query that
 * says "hotmail" or "outlook" names Microsoft 365, "aol" Yahoo, "ironport" Cisco; Gmail's replies end in "gsmtp".
 * A query naming a provider wants that provider's page (preference.ts), and with a code, the provider's page for
 * that code ("5.7.26 gmail").
 */
import { tokenize } from './text';

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  Gmail: ['gmail', 'google', 'googlemail', 'gsuite', 'workspace', 'gsmtp'],
  'Microsoft 365': ['microsoft', 'outlook', 'hotmail', 'live', 'msn', 'office365', 'o365', 'exchange', 'eop'],
  Yahoo: ['yahoo', 'aol', 'ymail', 'rocketmail'],
  iCloud: ['icloud', 'apple', 'mac'],
  'Cisco Secure Email': ['cisco', 'ironport'],
  'AT&T': ['att', 'sbcglobal', 'bellsouth'],
  Comcast: ['comcast', 'xfinity'],
};

/** The origins the aliases belong to: each must be the `origin` of some article (checked by a test over content/). */
export const PROVIDER_ORIGINS: readonly string[] = Object.keys(ALIASES);

const NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ALIASES).map(([origin, words]) => [origin, new Set(words.flatMap((w) => tokenize(w)))]),
);

/** Does the query (its search tokens) name the provider of this origin? Its own name always counts. */
export function namesProvider(origin: string, words: ReadonlySet<string>): boolean {
  const names = NAMES.get(origin);
  if (names) for (const w of names) if (words.has(w)) return true;
  return tokenize(origin).some((w) => words.has(w));
}
