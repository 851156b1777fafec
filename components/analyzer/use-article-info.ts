'use client';
import { useEffect, useState } from 'react';
import type { ArticleInfo } from './VerdictCard';

/** Titles and summaries of articles (from the search index, fetched once when first needed). */
export function useArticleInfo(needed: boolean): Map<string, ArticleInfo> {
  const [map, setMap] = useState<Map<string, ArticleInfo>>(new Map());
  useEffect(() => {
    if (!needed || map.size > 0) return;
    let live = true;
    fetch('/search-index.json')
      .then((r) => (r.ok ? r.json() : []))
      .then((docs: unknown) => {
        if (!live || !Array.isArray(docs)) return;
        const next = new Map<string, ArticleInfo>();
        for (const d of docs) {
          if (d && typeof d.url === 'string' && typeof d.title === 'string') next.set(d.url, { title: d.title, summary: String(d.summary ?? '') });
        }
        setMap(next);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [needed, map.size]);
  return map;
}
