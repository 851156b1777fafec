/**
 * The second reading of a report that is not in English, for what the phrase tables miss: a report no table
 * recognised as a failure becomes one when its own language's failure words say so, and a result whose reason no
 * rule named (onhold, undefined) takes the reason its language's concept words name, with that as evidence.
 */
import { REASONS } from '../../reasons';
import type { Finding } from '../find/finding';
import { findAddresses } from '../find/addresses';
import { textFindings } from '../find/text-findings';
import type { Report } from '../read/report';
import type { AnalyzeOptions, RecipientResult } from '../types';
import { hasCode } from '../find/codes-in';
import { containsAny } from '../find/signals';
import { failureConcept, reasonConcept } from './concepts';
import { LOCALIZED_DELAY_PHRASES } from './report-words';
import { detectLanguage } from './detect';

const UNNAMED = new Set(['onhold', 'undefined']);

/** Findings for a report that the English signals took for no bounce, when its language's words say it is one. */
export function localizedFailureFindings(report: Report, findings: Finding[]): Finding[] {
  if (findings.length !== 1 || findings[0]?.kind !== 'not-a-bounce') return findings;
  const text = `${report.subject}\n${report.reportText}`;
  const language = detectLanguage(text);
  // its language's words for a failure or a delay, or a reply code with words naming a cause ("550 Benutzer unbekannt")
  const says = language && (failureConcept(text, language.code) || containsAny(text, LOCALIZED_DELAY_PHRASES) || (hasCode(text) && reasonConcept(text, language.code)));
  if (!says || findAddresses(report.reportText, 1).length === 0) return findings;
  const read = textFindings(report);
  return read.some((f) => f.recipient) ? read : findings;
}

function linesWith(text: string, word: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l.toLowerCase().includes(word)).slice(0, 3);
}

/** A result whose reason no rule named, read again with the concept words of the report's language. */
export function rereadReason(r: RecipientResult, texts: readonly string[], language: string, options: AnalyzeOptions): RecipientResult {
  if ((r.kind !== 'failed' && r.kind !== 'delayed') || (r.reason !== null && !UNNAMED.has(r.reason))) return r;
  for (const text of texts) {
    const found = reasonConcept(text, language);
    if (!found) continue;
    const { reason, hit } = found;
    const article = options.chooseArticle?.({ replyCode: r.replyCode, statusCode: r.status, diagnostic: r.diagnostic, reason })?.url ?? r.article;
    return {
      ...r,
      reason,
      hardBounce: r.permanent === null ? null : r.permanent && REASONS[reason].hard,
      whoActs: r.whoActs === 'nobody' ? 'nobody' : REASONS[reason].whoActs,
      article,
      evidence: { ruleId: `concept:${language}-${reason}`, lines: linesWith(text, hit.words[0] ?? '') },
    };
  }
  return r;
}
