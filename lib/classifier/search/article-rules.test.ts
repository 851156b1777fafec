import { describe, expect, it } from 'vitest';
import { requiredPaths } from '../../content/required';
import { ARTICLE_RULES } from './article-rules';
import { findCodes } from '../codes/find-codes';

const required = new Set(requiredPaths());

describe('article rules', () => {
  it('have unique ids', () => {
    expect(new Set(ARTICLE_RULES.map((r) => r.id)).size).toBe(ARTICLE_RULES.length);
  });
  it.each(ARTICLE_RULES.map((r) => [r.id, r] as const))('%s points at a required page and a real message', (_, rule) => {
    expect(required.has(rule.url)).toBe(true);
    expect(rule.phrases.length).toBeGreaterThan(0);
    expect(rule.message.replace(/\[[^\]]*\]|<[^>]*>/g, '').trim().length).toBeGreaterThan(5);
    for (const p of rule.phrases) expect(p).toBe(p.toLowerCase().trim());
  });
  it('carry codes only in the message, never in the phrases', () => {
    for (const r of ARTICLE_RULES) for (const p of r.phrases) expect(findCodes(p, { loose: true })).toEqual([]);
  });
});
