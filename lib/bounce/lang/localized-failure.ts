/**
 * A report that is not in English, read again for what the English signals miss: a report no table recognised as
 * a failure becomes one when its own language's failure words say so (the shared concept matcher with the failure
 * concepts of lib/classifier/reasons/localized-concepts.ts). Its reason is then named by classifyReason, which
 * reads the same language's concept rows.
 */
import { findConceptRule } from '../../classifier/reasons/concept-match';
import { FAILURE_CONCEPTS, LOCALIZED_CONCEPT_RULES } from '../../classifier/reasons/localized-concepts';
import type { Finding } from '../find/finding';
import { findAddresses } from '../find/addresses';
import { textFindings } from '../find/text-findings';
import type { Report } from '../read/report';
import { hasCode } from '../find/codes-in';
import { containsAny } from '../find/signals';
import { LOCALIZED_DELAY_PHRASES } from './report-words';
import { detectLanguage } from './detect';

/** Findings for a report that the English signals took for no bounce, when its language's words say it is one. */
export function localizedFailureFindings(report: Report, findings: Finding[]): Finding[] {
  if (findings.length !== 1 || findings[0]?.kind !== 'not-a-bounce') return findings;
  const text = `${report.subject}\n${report.reportText}`;
  const language = detectLanguage(text)?.code;
  // its language's words for a failure or a delay, or a reply code with words naming a cause ("550 Benutzer unbekannt")
  const says = language && (findConceptRule(text, FAILURE_CONCEPTS, language) || containsAny(text, LOCALIZED_DELAY_PHRASES) || (hasCode(text) && findConceptRule(text, LOCALIZED_CONCEPT_RULES, language)));
  if (!says || findAddresses(report.reportText, 1).length === 0) return findings;
  const read = textFindings(report);
  return read.some((f) => f.recipient) ? read : findings;
}
