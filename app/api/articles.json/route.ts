import { getArticles } from '@/app/_data/articles';
import { toApiEntry } from '@/lib/content/api';

export const dynamic = 'force-static';

/** out/api/articles.json: the public index of every article page, for agents and tools. */
export function GET() {
  return Response.json(getArticles().map(toApiEntry));
}
