/**
 * The analyzer's table of known server messages, generated from content/ (no build needed): every article's
 * frontmatter messages with the reason each stands for (lib/classifier/reasons/known-messages.ts). The command line
 * and the corpus tests pass it as AnalyzeOptions.knownMessages; build-worker.ts inlines it into the worker bundle.
 */
import { loadArticles } from '../../content/load';
import { articleMessages, type KnownMessage } from '../../lib/classifier/reasons/known-messages';

let loaded: KnownMessage[] | null = null;

/** The table from every article under content/ (read once per process). */
export function loadKnownMessages(): KnownMessage[] {
  loaded ??= articleMessages(loadArticles());
  return loaded;
}
