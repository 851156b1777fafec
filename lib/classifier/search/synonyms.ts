/**
 * Words people use for one another when they describe a bounce in their own words ("emails returned that I never
 * sent" is "bounces I didn't send"; "blocked as spam" is "rejected as spam"). A typed question's word also
 * reaches its synonyms, at SYNONYM_WEIGHT; a pasted server line keeps its own words.
 */
import { stem } from './text';

const GROUPS: readonly (readonly string[])[] = [
  ['bounce', 'returned', 'undeliverable', 'undelivered'],
  ['blocked', 'rejected', 'refused'],
  ['typo', 'misspelled', 'misspelt', 'mistyped'],
  ['junk', 'spam'],
  ['storage', 'quota', 'space'],
];

/** How much a synonym counts against the word itself. */
export const SYNONYM_WEIGHT = 0.7;

const BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const group of GROUPS) {
    const stems = group.map(stem);
    for (const s of stems) m.set(s, [...(m.get(s) ?? []), ...stems.filter((o) => o !== s)]);
  }
  return m;
})();

/** The search tokens that stand for the same thing as this one (none for most words). */
export function synonymsOf(token: string): readonly string[] {
  return BY_WORD.get(token) ?? [];
}
