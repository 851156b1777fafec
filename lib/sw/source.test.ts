import { describe, expect, it } from 'vitest';
import { IMMUTABLE, serviceWorkerSource } from './source';

describe('IMMUTABLE', () => {
  it.each([
    ['/_next/static/chunks/0abc.js', true],
    ['/_next/static/chunks/0hjg607-qoxsq.css', true],
    ['/fonts/inter.0123abcd.woff2', true],
    ['/search-index.json', false],
    ['/codes/5.1.1/', false],
    ['/sw.js', false],
    ['/favicon.svg', false],
  ])('%s → %s', (path, immutable) => {
    expect(IMMUTABLE.test(path)).toBe(immutable);
  });
});

describe('serviceWorkerSource', () => {
  const src = serviceWorkerSource({ version: 'abc123', precache: ['/', '/search-index.json'], siteName: 'Help <Site>' });
  it.each([
    ['names the cache after the build', 'const CACHE = "site-abc123";'],
    ['lists the precache', 'const PRECACHE = ["/","/search-index.json"];'],
    ['deletes other caches on activate', 'key !== CACHE'],
    ['has an offline message', 'You are offline'],
  ])('%s', (_name, text) => {
    expect(src).toContain(text);
  });
  it('leaves open pages on the network they started with (no clients.claim)', () => {
    expect(src).not.toContain('clients.claim(');
  });
  it('is valid JavaScript', () => {
    expect(() => new Function(src)).not.toThrow();
  });
  it('does not let the site name break the markup', () => {
    expect(src).not.toContain('<Site>');
  });
});
