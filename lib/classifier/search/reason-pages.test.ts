import { describe, expect, it } from 'vitest';
import { reasonHint } from './reason-pages';

describe('reasonHint', () => {
  it.each([
    ['Benutzer unbekannt', false, '/codes/5.1.1/'],
    ['buzón lleno', false, '/codes/5.2.2/'],
    ['buzón lleno', true, '/codes/4.2.2/'],
    ['用户不存在', false, '/codes/5.1.1/'],
    ['relay access denied', true, '/errors/relay-access-denied/'],
    ['will retry', true, null],
    ['hello world', false, null],
  ] as const)('%s (temporary: %s) → %s', (query, temporary, url) => {
    expect(reasonHint(query, temporary)?.url ?? null).toBe(url);
  });
});
