import { describe, expect, it } from 'vitest';
import { buildPolicy, inlineScripts, originOf, policyPrecedesScripts, withPolicyMeta } from './policy';

describe('inlineScripts', () => {
  it.each([
    ['inline scripts in order', '<script>a()</script><script id="_R_">b()</script>', ['a()', 'b()']],
    ['external scripts are skipped', '<script src="/x.js" async=""></script><script>c</script>', ['c']],
    ['empty scripts are skipped', '<script></script>', []],
    ['JSON data blocks count', '<script type="application/ld+json">{"a":1}</script>', ['{"a":1}']],
    ['multi-line bodies are kept verbatim', '<script>\n x \n</script>', ['\n x \n']],
  ])('%s', (_name, html, expected) => {
    expect(inlineScripts(html)).toEqual(expected);
  });
});

describe('originOf', () => {
  it.each([
    ['https://Feedback.example/api/x?y', 'https://feedback.example'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['/relative', null],
    [null, null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('buildPolicy', () => {
  const policy = buildPolicy({ scriptHashes: ['abc=', 'abc=', 'def='], connectOrigins: ['https://f.example'] });
  it.each([
    ["default-src 'self'"],
    ["script-src 'self' 'sha256-abc=' 'sha256-def='"],
    ["style-src 'self' 'unsafe-inline'"],
    ["img-src 'self' data:"],
    ["connect-src 'self' https://f.example"],
    ["worker-src 'self' blob:"],
    ["object-src 'none'"],
    ["base-uri 'self'"],
    ["form-action 'self'"],
  ])('contains %s', (directive) => {
    expect(policy.split('; ')).toContain(directive);
  });
  it.each(["'unsafe-eval'", 'frame-ancestors', '*'])('never contains %s', (word) => {
    expect(policy).not.toContain(word);
  });
  it('allows no inline script beyond the hashes', () => {
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });
});

describe('withPolicyMeta', () => {
  it.each([
    ['after the charset meta', '<html><head><meta charSet="utf-8"/><script>x</script></head></html>', '<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;"/>'],
    ['right after <head> otherwise', '<html><head><title>t</title></head></html>', '<head><meta http-equiv="Content-Security-Policy"'],
  ])('puts the meta %s', (_name, html, expected) => {
    expect(withPolicyMeta(html, "default-src 'self'").replace(/'/g, '&#39;')).toContain(expected);
  });
  it.each([
    ['a fresh page', '<head><script>x</script></head>'],
    ['a page that already has a policy', '<head><meta http-equiv="Content-Security-Policy" content="old"/><script>x</script></head>'],
  ])('the meta precedes every script on %s, once', (_name, html) => {
    const out = withPolicyMeta(html, 'new');
    expect(policyPrecedesScripts(out)).toBe(true);
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(out).toContain('content="new"');
  });
  it('refuses a document without <head>', () => {
    expect(() => withPolicyMeta('<p>x</p>', 'p')).toThrow(/no <head>/);
  });
  it('reports a script placed before the meta', () => {
    expect(policyPrecedesScripts('<script>x</script><meta http-equiv="Content-Security-Policy" content="p"/>')).toBe(false);
  });
});
