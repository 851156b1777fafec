/**
 * Words that exclude one another in a server message: Postfix names the check that refused ("Sender address
 * rejected", "Recipient address rejected", "Client host rejected", "Helo command rejected"), filters the direction
 * ("inbound", "outbound"), and "no such user" is not "no such domain". A message that speaks of one side of a
 * group is not the message a query speaking only of another side means, however many other words they share
 * ("Recipient address rejected: Domain not found" is not "Sender address rejected: Domain not found").
 */
import { stem } from './text';

/** Each group: its sides, each side a set of words for the same thing. */
const GROUPS: readonly (readonly (readonly string[])[])[] = [
  [['sender'], ['recipient'], ['client'], ['helo']],
  [['inbound', 'incoming'], ['outbound', 'outgoing']],
  [['user', 'mailbox', 'account'], ['domain', 'host']],
].map((g) => g.map((side) => side.map(stem)));

/** Word → its [group, side] places (a word may belong to more than one group). */
const PLACES: ReadonlyMap<string, readonly (readonly [number, number])[]> = (() => {
  const m = new Map<string, [number, number][]>();
  GROUPS.forEach((g, gi) => g.forEach((side, si) => side.forEach((w) => m.set(w, [...(m.get(w) ?? []), [gi, si]]))));
  return m;
})();

/** The sides, as "group:side", that some of the words speak of. */
function sides(tokens: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const [g, s] of PLACES.get(t) ?? []) out.add(`${g}:${s}`);
  return out;
}

/** The sides the query speaks of, or null when none (then no message can contradict it). */
export function contrastSides(queryTokens: Iterable<string>): Set<string> | null {
  const out = sides(queryTokens);
  return out.size ? out : null;
}

/** The phrase speaks of a side the query does not, in a group where the query speaks only of sides the phrase does not. */
export function contradicts(phraseTokens: readonly string[], querySides: ReadonlySet<string>): boolean {
  const phrase = sides(phraseTokens);
  for (const p of phrase) {
    if (querySides.has(p)) continue;
    const group = p.split(':')[0];
    const other = [...querySides].filter((q) => q.split(':')[0] === group);
    if (other.length > 0 && other.every((q) => !phrase.has(q))) return true;
  }
  return false;
}
