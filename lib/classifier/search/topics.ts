/**
 * Topic words (an article's frontmatter `topics`): a query that is the topic, give or take question words and
 * class words ("what is greylisting", "dmarc"), puts the page that is THE answer for it first. One page per topic.
 */
import type { SearchDoc } from './search-doc';
import { tokenize } from './text';

/** A topic as the query sees it: its search tokens, space-joined ("reverse dns" → "revers dns"). */
export function topicKey(topic: string): string {
  return tokenize(topic).join(' ');
}

/** Topic key → the document that claims it. */
export type TopicTable = Map<string, { doc: number; size: number }>;

export function topicTable(docs: readonly SearchDoc[]): TopicTable {
  const table: TopicTable = new Map();
  docs.forEach((d, doc) => {
    for (const t of d.topics ?? []) {
      const key = topicKey(t);
      if (key && !table.has(key)) table.set(key, { doc, size: key.split(' ').length });
    }
  });
  return table;
}

/** Topics claimed by more than one article (each must have one answer), with the URLs that claim them. */
export function topicClashes(docs: readonly Pick<SearchDoc, 'url' | 'topics'>[]): { topic: string; urls: string[] }[] {
  const by = new Map<string, string[]>();
  for (const d of docs) for (const t of d.topics ?? []) {
    const key = topicKey(t);
    by.set(key, [...(by.get(key) ?? []), d.url]);
  }
  return [...by].filter(([, urls]) => new Set(urls).size > 1).map(([topic, urls]) => ({ topic, urls: [...new Set(urls)] }));
}

/**
 * For each document whose topic the query's content words hold, the share of those words the topic explains
 * (1 when the query is the topic). `words` are the content tokens, each with the tokens it may stand for (typos).
 */
export function topicHits(table: TopicTable, words: readonly (readonly string[])[]): Map<number, number> {
  const hits = new Map<number, number>();
  const n = words.length;
  if (n === 0 || table.size === 0) return hits;
  // Every run of consecutive content words, up to three long, read as a topic.
  for (let i = 0; i < n; i++) {
    let keys: string[] = [''];
    for (let j = i; j < Math.min(n, i + 3); j++) {
      keys = keys.flatMap((k) => (words[j] ?? []).map((w) => (k ? `${k} ${w}` : w))).slice(0, 32);
      for (const key of keys) {
        const t = table.get(key);
        if (!t) continue;
        const share = t.size / n;
        if (share > (hits.get(t.doc) ?? 0)) hits.set(t.doc, share);
      }
    }
  }
  return hits;
}
