/**
 * The articles' server messages for the analyzer in the browser. Empty in the source tree on purpose: no
 * generated file is committed. scripts/build/build-worker.ts replaces this module in the worker bundle with the
 * table generated from content/ (articleMessages over the same documents as the search index), and Node callers
 * (the command line, the corpus tests) pass the table as AnalyzeOptions.knownMessages instead.
 */
import type { PackedKnown } from './known-messages';

export const SITE_MESSAGES: PackedKnown = [];
