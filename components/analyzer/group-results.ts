import type { RecipientResult } from '@/lib/bounce/types';

export interface ResultGroup {
  /** The first result of the group; the others differ only in their recipient. */
  result: RecipientResult;
  recipients: string[];
}

/** Groups recipients whose verdicts are identical, keeping the message's order. */
export function groupResults(results: readonly RecipientResult[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const r of results) {
    const key = JSON.stringify([r.kind, r.status, r.replyCode, r.reason, r.permanent, r.ourServer, r.remoteMta, r.article, r.domainTypo ?? null, r.reasonGuesses ?? [],
      r.recipient ? r.diagnostic.split(r.recipient).join('') : r.diagnostic]);
    const group = groups.get(key);
    if (group) {
      if (r.recipient) group.recipients.push(r.recipient);
    } else {
      groups.set(key, { result: r, recipients: r.recipient ? [r.recipient] : [] });
    }
  }
  return [...groups.values()];
}
