import type { Article } from './article';
import type { HostConfig } from '../host/schema';
import { HOST_TAG, HOST_TOKEN, isHostValueName } from '../host/values';
import { MIN_PROVIDER_ARTICLES, requiredPaths } from './required';
import { cardState } from './card';
import { checkCard } from './card-checks';
import { checkRfc3463Links } from './rfc3463-links';

/** Words of guidance an article must carry in its own body (code blocks and markup not counted). */
export const MIN_WORDS = 150;

const LINK = /\]\((\/(?:codes|errors|guides|problems)\/[^)#\s]*)(#[^)\s]*)?\)/g;

/** Prose words of an MDX body: code blocks, inline code, tags and link targets removed. */
export function proseWords(body: string): number {
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' x ')
    .replace(/<[^>]+>/g, ' x ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^#+ .*$/gm, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Paragraphs long enough that two articles sharing one is a copy, not a coincidence. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/```[\s\S]*?```/g, '\n\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= 120 && !p.startsWith('#'));
}

/**
 * Checks that need every article at once: links point somewhere, host values exist, required sections are
 * present, the body says enough, no paragraph is copied between articles, the answer card agrees with the codes
 * (card-checks.ts) and RFC 3463 section links match their codes (rfc3463-links.ts). Returns one line per problem.
 */
export function checkArticles(articles: readonly Article[], host: HostConfig, extraPaths: readonly string[] = []): string[] {
  const errors: string[] = [];
  const urls = new Set([...articles.map((a) => a.url), ...extraPaths]);
  const seenParagraphs = new Map<string, string>();
  for (const a of articles) {
    const where = `content/${a.file}`;
    if (urls.size > 0 && articles.filter((b) => b.url === a.url).length > 1) errors.push(`${where}: url: ${a.url} is used twice`);
    for (const r of a.related) {
      const target = r.replace(/#.*$/, '');
      if (!urls.has(target)) errors.push(`${where}: related: ${r} is not a page`);
      if (target === a.url) errors.push(`${where}: related: an article cannot relate to itself`);
    }
    for (const m of a.body.matchAll(LINK)) {
      if (!urls.has(m[1] ?? '')) errors.push(`${where}: body: link to ${m[1]} goes nowhere`);
    }
    for (const m of [...a.body.matchAll(HOST_TAG), ...a.body.matchAll(HOST_TOKEN)]) {
      if (!isHostValueName(host, m[1] ?? '')) errors.push(`${where}: body: unknown host value "${m[1]}" (see lib/host/values.ts)`);
    }
    const prose = a.body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    if (/\{\{/.test(prose)) errors.push(`${where}: body: {{name}} works only inside code; use <Host value="name" /> in prose`);
    if (a.kind !== 'guide' && !/^## What to do\s*$/m.test(a.body)) errors.push(`${where}: body: missing "## What to do"`);
    if (a.kind !== 'guide' && cardState(a) !== 'none') {
      if (!/^## Why this happens\s*$/m.test(a.body)) errors.push(`${where}: body: missing "## Why this happens"`);
      const words = proseWords(a.body);
      if (words < MIN_WORDS) errors.push(`${where}: body: ${words} words of guidance, at least ${MIN_WORDS} needed`);
    }
    errors.push(...checkCard(a), ...checkRfc3463Links(a));
    for (const p of paragraphs(a.body)) {
      const first = seenParagraphs.get(p);
      if (first && first !== a.file) errors.push(`${where}: body: paragraph copied from content/${first}: "${p.slice(0, 60)}…"`);
      else seenParagraphs.set(p, a.file);
    }
  }
  return errors;
}

/** Every required page exists, and enough provider messages are covered. */
export function checkCompleteness(articles: readonly Article[]): string[] {
  const urls = new Set(articles.map((a) => a.url));
  const errors = requiredPaths()
    .filter((p) => !urls.has(p))
    .map((p) => `content: missing required page ${p}`);
  const providers = articles.filter((a) => a.kind === 'error' && a.origin !== 'host').length;
  if (providers < MIN_PROVIDER_ARTICLES) errors.push(`content: ${providers} provider error pages, at least ${MIN_PROVIDER_ARTICLES} needed`);
  return errors;
}

/** A browse-by-problem entry (lib/content/problems.ts). */
export interface ProblemEntry {
  slug: string;
  articles: readonly string[];
}

/** Every problem has a unique URL-safe slug and at least one article, and each article it lists exists. */
export function checkProblems(articles: readonly Article[], problems: readonly ProblemEntry[]): string[] {
  const urls = new Set(articles.map((a) => a.url));
  const errors: string[] = [];
  const slugs = new Set<string>();
  for (const p of problems) {
    const where = `lib/content/problems.ts: ${p.slug}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.slug)) errors.push(`${where}: slug must be lower-case words joined by hyphens`);
    if (slugs.has(p.slug)) errors.push(`${where}: slug is used twice`);
    slugs.add(p.slug);
    if (p.articles.length === 0) errors.push(`${where}: lists no article`);
    for (const url of p.articles) if (!urls.has(url)) errors.push(`${where}: ${url} is not a page`);
  }
  return errors;
}
