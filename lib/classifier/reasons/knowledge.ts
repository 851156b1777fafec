/**
 * The prepared index the nearest-known-message fallback searches: the rule tables' examples plus the articles'
 * messages (passed in, or the table the worker bundle inlines). Prepared once per table and kept.
 */
import { ruleExamples, unpackKnown, type KnownMessage } from './known-messages';
import { prepareKnown, type KnownIndex } from './nearest';
import { SITE_MESSAGES } from './site-messages';

const cache = new WeakMap<object, KnownIndex>();

/** The index over the rule examples and `articles` (by default the table inlined in the browser bundle). */
export function knowledgeIndex(articles?: readonly KnownMessage[]): KnownIndex {
  const key: object = articles ?? SITE_MESSAGES;
  const had = cache.get(key);
  if (had) return had;
  const index = prepareKnown([...(articles ?? unpackKnown(SITE_MESSAGES)), ...ruleExamples()]);
  cache.set(key, index);
  return index;
}
