import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, startupScripts, withCompileHint } from './compile-hint';

describe('startupScripts', () => {
  const cases: [string, string, string[]][] = [
    ['async script tags', '<script src="/_next/static/chunks/a1.js" async=""></script>', ['/_next/static/chunks/a1.js']],
    ['script preloads', '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b2.js"/>', ['/_next/static/chunks/b2.js']],
    ['not stylesheets', '<link rel="stylesheet" href="/_next/static/chunks/c3.css"/>', []],
    ['not style preloads', '<link rel="preload" as="style" href="/_next/static/chunks/d4.js"/>', []],
    ['not inline scripts', '<script>self.__next_f.push([1,"x"])</script>', []],
    ['not other folders', '<script src="/analyzer-worker.abc.js"></script>', []],
    ['each path once', '<script src="/_next/static/chunks/e5.js"></script><link rel="preload" as="script" href="/_next/static/chunks/e5.js"/>', ['/_next/static/chunks/e5.js']],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(startupScripts(html)).toEqual(expected);
  });
});

describe('withCompileHint', () => {
  it('puts the hint on the first line', () => {
    expect(withCompileHint('(()=>{})()')).toBe(`${COMPILE_HINT}(()=>{})()`);
  });
  it('does not add it twice', () => {
    expect(withCompileHint(withCompileHint('x()'))).toBe(`${COMPILE_HINT}x()`);
  });
});
