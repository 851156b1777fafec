import { describe, expect, it } from 'vitest';
import { assetClosure, chunkRefs, pageAssets, pageScripts } from './assets';

describe('pageAssets', () => {
  it.each([
    ['async scripts', '<script src="/_next/static/chunks/a.js" async=""></script>', ['/_next/static/chunks/a.js']],
    ['stylesheets and preloads', '<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/><link rel="preload" as="script" href="/_next/static/chunks/b.js"/>', ['/_next/static/chunks/s.css', '/_next/static/chunks/b.js']],
    ['query strings dropped, duplicates once', '<script src="/_next/static/chunks/a.js?v=1"></script><script src="/_next/static/chunks/a.js"></script>', ['/_next/static/chunks/a.js']],
    ['the deferred loader\'s list', '<script data-scripts="[&quot;/_next/static/chunks/d.js&quot;]">(loader)</script>', ['/_next/static/chunks/d.js']],
    ['not noModule polyfills', '<script src="/_next/static/chunks/poly.js" noModule=""></script>', []],
    ['not other files', '<link rel="icon" href="/favicon.svg"/><a href="/_next/static/chunks/x.js">x</a>', []],
  ])('%s', (_name, html, expected) => {
    expect(pageAssets(html)).toEqual(expected);
  });
});

describe('pageScripts', () => {
  it('keeps the scripts, preloaded or deferred, and drops stylesheets', () => {
    const html = '<link rel="stylesheet" href="/_next/static/chunks/s.css"/><link rel="preload" as="script" href="/_next/static/chunks/p.js"/>'
      + '<script data-scripts="[&quot;/_next/static/chunks/d.js&quot;]">(loader)</script>';
    expect(pageScripts(html)).toEqual(['/_next/static/chunks/p.js', '/_next/static/chunks/d.js']);
  });
});

describe('chunkRefs', () => {
  it.each([
    ['turbopack chunk paths', 'e.l("static/chunks/2ngw6gfgmapn9.js")', ['/_next/static/chunks/2ngw6gfgmapn9.js']],
    ['full paths', 'new URL("/_next/static/media/w.0a1b.js", x)', ['/_next/static/media/w.0a1b.js']],
    ['nothing in plain code', 'const a = "chunks.js";', []],
  ])('%s', (_name, js, expected) => {
    expect(chunkRefs(js)).toEqual(expected);
  });
});

describe('assetClosure', () => {
  const files: Record<string, string> = {
    '/_next/static/chunks/a.js': 'load("static/chunks/b.js")',
    '/_next/static/chunks/b.js': 'load("static/chunks/c.js"); load("static/chunks/a.js")',
    '/_next/static/chunks/c.js': '',
    '/_next/static/chunks/s.css': 'body{}',
  };
  const read = (p: string) => files[p] ?? null;
  it.each([
    ['follows references transitively, once each', ['<script src="/_next/static/chunks/a.js"></script>'], ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js', '/_next/static/chunks/c.js']],
    ['skips files that do not exist', ['<script src="/_next/static/chunks/gone.js"></script><link rel="stylesheet" href="/_next/static/chunks/s.css"/>'], ['/_next/static/chunks/s.css']],
    ['merges several pages', ['<script src="/_next/static/chunks/c.js"></script>', '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>'], ['/_next/static/chunks/c.js', '/_next/static/chunks/s.css']],
  ])('%s', (_name, pages, expected) => {
    expect(assetClosure(pages, read)).toEqual(expected);
  });
});
