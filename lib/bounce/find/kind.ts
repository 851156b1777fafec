/** What a recipient report is: failed, delayed (still retrying), delivered. */
import { containsAny, DELAY_PHRASES, DELIVERED_PHRASES, STILL_QUEUED } from './signals';
import type { ResultKind } from '../types';

const GAVE_UP = ['gave up', 'giving up', 'permanent', 'could not be delivered', 'failed permanently', 'retry timeout exceeded', 'expired', 'cannot send message for', 'has been returned', 'is being returned', 'returning message'];

export function kindFromAction(action: string, status: string): ResultKind | null {
  if (action === 'failed') return 'failed';
  if (action === 'delayed') return 'delayed';
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return 'delivered';
  if (status.startsWith('2.')) return 'delivered';
  return null;
}

/** Kind of a plain-text report, from its own words (and its subject). */
export function kindFromText(texts: readonly string[], status: string, replyCode: string): ResultKind {
  const all = texts.join('\n');
  if (status.startsWith('2.') || (replyCode.startsWith('2') && !status)) {
    if (containsAny(all, DELIVERED_PHRASES)) return 'delivered';
  }
  if (status.startsWith('5.') || replyCode.startsWith('5')) return 'failed';
  if (containsAny(all, STILL_QUEUED)) return 'delayed';
  if (containsAny(all, DELAY_PHRASES) && !containsAny(all, GAVE_UP)) return 'delayed';
  return 'failed';
}
