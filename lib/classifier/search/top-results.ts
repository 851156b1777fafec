/**
 * The best documents in order: score, then the host's own message pages, status, reply and guide pages, then URL.
 */
import type { ArticleKind } from '../../content/schema';
import type { PreparedIndex } from './prepare';
import type { SearchDoc } from './search-doc';

const KIND_ORDER: Record<ArticleKind, number> = { error: 0, 'status-code': 1, 'reply-code': 2, guide: 3 };

export type Ranked = { doc: number; score: number; d: SearchDoc | undefined };
const before = (a: Ranked, b: Ranked) =>
  b.score - a.score || rankKind(a.d) - rankKind(b.d) || ((a.d?.url ?? '') < (b.d?.url ?? '') ? -1 : 1);

/** The best `limit` documents in order, without sorting every candidate. */
export function topResults(ix: PreparedIndex, scores: Map<number, number>, limit: number): Ranked[] {
  const top: Ranked[] = [];
  for (const [doc, score] of scores) {
    const last = top[top.length - 1];
    if (top.length >= limit && last && score < last.score) continue;
    const r = { doc, score, d: ix.docs[doc] };
    if (top.length >= limit && last && before(r, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && before(r, top[i - 1] ?? r) < 0) i--;
    top.splice(i, 0, r);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Tie-break: the host's own message pages first, then status, reply, guides. */
function rankKind(d: SearchDoc | undefined): number {
  if (!d) return 9;
  return d.kind === 'error' && d.origin === 'host' ? -1 : KIND_ORDER[d.kind];
}
