'use client';
import { useEffect, useState } from 'react';
import type { ArticleInfo } from './VerdictCard';

/** Titles and summaries of articles, from the search engine's index (loaded once, shared with the search box). */
export function useArticleInfo(needed: boolean): Map<string, ArticleInfo> {
  const [map, setMap] = useState<Map<string, ArticleInfo>>(new Map());
  useEffect(() => {
    if (!needed || map.size > 0) return;
    let live = true;
    import('../search/engine')
      .then(({ loadEngine }) => loadEngine())
      .then((index) => {
        if (live) setMap(new Map(index.docs.map((d) => [d.url, { title: d.title, summary: d.summary }])));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [needed, map.size]);
  return map;
}
