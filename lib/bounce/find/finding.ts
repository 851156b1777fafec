/** One recipient's facts as the message states them, before classification. */
import type { SmtpCommand } from './smtp-command';
import type { ResultKind } from '../types';

export interface Finding {
  kind: ResultKind;
  recipient: string | null;
  status: string;
  replyCode: string;
  diagnostic: string;
  diagnosticType: string;
  remoteMta: string;
  reportingMta: string;
  /** Lines of the message about this recipient (evidence candidates). */
  lines: string[];
  /** Wider text the reason rules may read when the diagnostic says nothing. */
  context: string[];
  feedbackType: string;
  /** The SMTP command the refusal answered, when the report says. */
  command: SmtpCommand | null;
}

export function emptyFinding(kind: ResultKind): Finding {
  return {
    kind, recipient: null, status: '', replyCode: '', diagnostic: '', diagnosticType: '', remoteMta: '',
    reportingMta: '', lines: [], context: [], feedbackType: '', command: null,
  };
}
