/**
 * lib/classifier: finding SMTP codes in text, the search index built from content, code-aware ranking and the
 * article chooser for the bounce analyzer. Pure TypeScript for Node and the browser.
 *
 * Browser use: fetch the serialized SearchDoc[] (written at build by scripts/build/search-index.ts) and the ranking
 * lazily, then `search(docs, query)`; the first call prepares the index (cached per array), or call
 * `prepareIndex(docs)` ahead, e.g. when the search box gets focus.
 */
export { findCodes, findPairs, codeClass, type CodeHit, type CodeKind, type CodePair, type FindOptions } from './codes/find-codes';
export { buildSearchDocs, toSearchDoc, articleHeadings, type SearchDoc, type SearchMessage } from './search/search-doc';
export { search, type SearchResult, type SearchOptions } from './search/rank';
export { prepareIndex, type PreparedIndex } from './search/prepare';
export { bestArticle, type BestArticleInput } from './search/article-for';
export { ARTICLE_RULES, type ArticleRule } from './search/article-rules';
export { parseQuery, type ParsedQuery } from './search/query';
