import { describe, expect, it } from 'vitest';
import { pairsOf, redirectPages, type RedirectSource } from './map';

function art(url: string, kind: RedirectSource['kind'], extra: Partial<RedirectSource> = {}): RedirectSource {
  return { url, kind, slug: url.split('/')[2] ?? '', title: `Title of ${url}`, summary: `Summary of ${url}`, replyCodes: [], statusCodes: [], messages: [], ...extra };
}
const msg = (replyCode?: string, statusCode?: string) => ({ text: 'x y', origin: 'host', replyCode, statusCode });

const ARTICLES = [
  art('/codes/5.1.1/', 'status-code', { statusCodes: ['5.1.1'], replyCodes: ['550', '553'], messages: [msg('550', '5.1.1')] }),
  art('/codes/550/', 'reply-code', { replyCodes: ['550'], statusCodes: ['5.7.1'] }),
  art('/errors/user-unknown/', 'error', { replyCodes: ['550'], statusCodes: ['5.1.1'] }),
  art('/errors/relay-denied/', 'error', { replyCodes: ['554'], statusCodes: ['5.7.1'], messages: [msg('554', '5.7.1'), msg('554'), msg(undefined, '5.7.1')] }),
  art('/errors/mailbox-full/', 'error', { replyCodes: ['452', '552'], statusCodes: ['4.2.2', '5.2.2'] }),
  art('/guides/read/', 'guide', { messages: [msg('421', '4.7.0')] }),
  // A real page whose URL an alias would otherwise take.
  art('/codes/4.4.7/', 'status-code', { statusCodes: ['4.4.7'] }),
  art('/codes/4-4-7/', 'guide'),
];

describe('pairsOf', () => {
  it.each([
    ['/codes/5.1.1/', ['550 5.1.1']],
    ['/codes/550/', []],
    ['/errors/relay-denied/', ['554 5.7.1']],
    ['/errors/mailbox-full/', ['452 4.2.2', '452 5.2.2', '552 4.2.2', '552 5.2.2']],
    ['/guides/read/', ['421 4.7.0']],
  ])('%s lists %j', (url, pairs) => {
    const a = ARTICLES.find((x) => x.url === url);
    expect(a && pairsOf(a)).toEqual(pairs);
  });
});

describe('redirectPages', () => {
  const pages = new Map(redirectPages(ARTICLES).map((p) => [p.path, p]));
  it.each([
    ['/codes/5-1-1/', '/codes/5.1.1/'],
    ['/codes/5_1_1/', '/codes/5.1.1/'],
    ['/codes/4_4_7/', '/codes/4.4.7/'],
    ['/codes/554-5.7.1/', '/errors/relay-denied/'],
    ['/codes/554-5-7-1/', '/errors/relay-denied/'],
    ['/codes/552-5.2.2/', '/errors/mailbox-full/'],
    ['/codes/421-4-7-0/', '/guides/read/'],
  ])('%s moves to %s', (path, to) => {
    expect(pages.get(path)).toEqual({ kind: 'moved', path, to });
  });
  it.each(['/codes/550-5.1.1/', '/codes/550-5-1-1/'])('%s lists every article with the pair, error pages first', (path) => {
    const p = pages.get(path);
    expect(p?.kind).toBe('choice');
    expect(p?.kind === 'choice' && p.targets.map((t) => t.url)).toEqual(['/errors/user-unknown/', '/codes/5.1.1/']);
  });
  it.each([
    ['a real page', '/codes/4-4-7/'],
    ['a code article reply × status', '/codes/553-5.1.1/'],
    ['a reply code article', '/codes/550-5.7.1/'],
    ['a pair with a dash in the wrong place', '/codes/550 5.1.1/'],
  ])('makes no alias for %s (%s)', (_why, path) => {
    expect(pages.has(path)).toBe(false);
  });
});
