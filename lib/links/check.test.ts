import { describe, expect, it } from 'vitest';
import { candidateFiles, checkPage, internalRefs, pagePathOf } from './check';

describe('internalRefs', () => {
  it.each([
    ['site paths', '<a href="/codes/550/">x</a>', [{ raw: '/codes/550/', path: '/codes/550/', fragment: null }]],
    ['scripts and fragments', '<script src="/_next/a.js"></script><a href="/x/#why">', [
      { raw: '/_next/a.js', path: '/_next/a.js', fragment: null },
      { raw: '/x/#why', path: '/x/', fragment: 'why' },
    ]],
    ['a bare fragment is on the page itself', '<a href="#main">', [{ raw: '#main', path: '/p/', fragment: 'main' }]],
    ['queries are dropped and entities decoded', '<a href="/search/?q=a&amp;b=1">', [{ raw: '/search/?q=a&b=1', path: '/search/', fragment: null }]],
    ['escaped paths are decoded', '<a href="/x%20y/">', [{ raw: '/x%20y/', path: '/x y/', fragment: null }]],
    ['external, protocol-relative and mailto links are skipped', '<a href="https://x.example/"><a href="//cdn.example/a.js"><a href="mailto:a@b.example">', []],
    ['attributes inside text are skipped', '<p>write href="/nowhere/" like this</p>', []],
  ])('%s', (_name, html, expected) => {
    expect(internalRefs(html, '/p/')).toEqual(expected);
  });
});

describe('candidateFiles and pagePathOf', () => {
  it.each([
    ['/', ['index.html']],
    ['/codes/5.1.1/', ['codes/5.1.1/index.html']],
    ['/favicon.svg', ['favicon.svg', 'favicon.svg/index.html']],
  ])('%s is answered by %j', (path, files) => {
    expect(candidateFiles(path)).toEqual(files);
  });
  it.each([
    ['index.html', '/'],
    ['codes/550/index.html', '/codes/550/'],
    ['404.html', '/404.html'],
  ])('%s is served at %s', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe('checkPage', () => {
  const files = new Set(['index.html', 'codes/550/index.html', 'a.js']);
  const exists = (rel: string) => files.has(rel);
  it.each([
    ['all good', '<a href="/codes/550/">x</a><script src="/a.js"></script><main id="main"><a href="#main">', []],
    ['a missing page', '<a href="/codes/999/">', ['codes/550/index.html: /codes/999/ goes nowhere']],
    ['a missing id on the same page', '<h2 id="why"></h2><a href="#how">', ['codes/550/index.html: #how has no id "how" on the page']],
    ['the page named in full', '<h2 id="why"></h2><a href="/codes/550/#why"><a href="/codes/550/#how">', ['codes/550/index.html: /codes/550/#how has no id "how" on the page']],
    ['fragments into other pages are not checked', '<a href="/#anything">', []],
    ['each problem once', '<a href="/gone/"><a href="/gone/">', ['codes/550/index.html: /gone/ goes nowhere']],
  ])('%s', (_name, html, expected) => {
    expect(checkPage(html, 'codes/550/index.html', exists)).toEqual(expected);
  });
});
