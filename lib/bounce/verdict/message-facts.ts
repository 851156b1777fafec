/** Facts about the whole message (its language, backscatter) and the per-result typo hint, added after the verdicts. */
import { detectLanguage } from '../lang/detect';
import type { Report } from '../read/report';
import type { AnalyzeOptions, MessageFacts, RecipientResult } from '../types';
import { detectBackscatter } from './backscatter';
import { domainTypo } from './domain-typo';

const isBounce = (r: RecipientResult) => r.kind === 'failed' || r.kind === 'delayed';

/** `language`: the report's, when the caller has detected it already (detectLanguage of the report text). */
export function messageFacts(report: Report, results: readonly RecipientResult[], options: AnalyzeOptions, language = detectLanguage(report.reportText)): MessageFacts | undefined {
  if (!results.some((r) => r.kind !== 'not-a-bounce')) return undefined;
  const facts: MessageFacts = {};
  // the report's own words: the subject often quotes the original's, in the customer's language
  if (language) facts.language = language;
  if (results.some(isBounce)) {
    const backscatter = detectBackscatter(report.original, options.host?.servers, results.some((r) => r.ourServer), results.flatMap((r) => (r.recipient ? [r.recipient] : [])));
    if (backscatter) facts.backscatter = backscatter;
  }
  return facts.language || facts.backscatter ? facts : undefined;
}

export function withTypoHint(r: RecipientResult): RecipientResult {
  const typo = domainTypo(r.recipient, r.reason);
  return typo ? { ...r, domainTypo: typo } : r;
}
