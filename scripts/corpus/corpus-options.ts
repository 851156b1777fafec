/** The analyzer options the corpus evaluations use: the same knowledge the command line hands to analyze(). */
import type { AnalyzeOptions } from '../../lib/bounce/types';
import { loadKnownMessages } from '../build/known-table';

export function corpusOptions(): AnalyzeOptions {
  return { knownMessages: loadKnownMessages() };
}
