/**
 * Words that exclude one another in a server message: Postfix names the check that refused ("Sender address
 * rejected", "Recipient address rejected", "Client host rejected", "Helo command rejected"), filters the direction
 * ("inbound", "outbound"). A message that holds one of them is not the message a query quoting another one of the
 * same group means, however many other words they share ("Recipient address rejected: Domain not found" is not
 * "Sender address rejected: Domain not found").
 */
import { stem } from './text';

const GROUPS: readonly (readonly string[])[] = [
  ['sender', 'recipient', 'client', 'helo'],
  ['inbound', 'outbound'],
  ['incoming', 'outgoing'],
].map((g) => g.map(stem));

const GROUP_OF: ReadonlyMap<string, number> = new Map(GROUPS.flatMap((g, i) => g.map((w) => [w, i] as const)));

/** The query's words that belong to a group, or null when none does (then no message can contradict it). */
export function contrastWords(queryTokens: Iterable<string>): Set<string> | null {
  let out: Set<string> | null = null;
  for (const t of queryTokens) if (GROUP_OF.has(t)) (out ??= new Set()).add(t);
  return out;
}

/** A phrase holds a word of a group the query also speaks of, and neither holds the other's word of it. */
export function contradicts(phraseTokens: readonly string[], queryWords: ReadonlySet<string>): boolean {
  const phraseWords = new Set(phraseTokens.filter((t) => GROUP_OF.has(t)));
  for (const w of phraseWords) {
    if (queryWords.has(w)) continue;
    const group = GROUP_OF.get(w);
    for (const q of queryWords) if (GROUP_OF.get(q) === group && !phraseWords.has(q)) return true;
  }
  return false;
}
