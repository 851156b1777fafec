import { describe, expect, it } from 'vitest';
import { deferredScripts, deferStartupScripts, LOADER } from './deferred-scripts';

const page = [
  '<html><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<title>t</title></head><body><p>Hello</p>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
  '<script>self.__next_f.push([1,"x"])</script>',
  '<script src="/_next/static/chunks/late.js" async=""></script>',
  '</body></html>',
].join('');

describe('deferStartupScripts', () => {
  const out = deferStartupScripts(page);
  it('lists every async chunk in the loader, in page order', () => {
    expect(deferredScripts(out)).toEqual(['/_next/static/chunks/react.js', '/_next/static/chunks/runtime.js', '/_next/static/chunks/late.js']);
  });
  it('removes the async tags and the preloads of the chunks it now loads', () => {
    expect(out).not.toMatch(/async=""/);
    expect(out).not.toContain('rel="preload" as="script"');
  });
  it('puts the loader where the first async script was', () => {
    expect(out.indexOf('<script data-scripts=')).toBeLessThan(out.indexOf('<title>'));
    expect(out).toContain(`${LOADER}</script>`);
  });
  it('keeps inline and noModule scripts', () => {
    expect(out).toContain('<script>self.__next_f.push([1,"x"])</script>');
    expect(out).toContain('legacy.js" noModule=""');
  });
  it('is idempotent and leaves pages without chunks alone', () => {
    expect(deferStartupScripts(out)).toBe(out);
    expect(deferStartupScripts('<html><body>moved</body></html>')).toBe('<html><body>moved</body></html>');
  });
});

describe('deferredScripts', () => {
  it('is empty for a page without a loader', () => {
    expect(deferredScripts(page)).toEqual([]);
  });
});
