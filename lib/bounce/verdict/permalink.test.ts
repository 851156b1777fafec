import { describe, expect, it } from 'vitest';
import { decodeVerdict, encodeVerdict, maskPersonalData } from './permalink';
import type { VerdictFacts } from './explain';

const FACTS: VerdictFacts = {
  kind: 'failed', recipient: 'anna@example.com', status: '5.1.1', replyCode: '550', reason: 'userunknown', permanent: true,
  ourServer: false, whoActs: 'sender', article: '/codes/5.1.1/',
  diagnostic: '550 5.1.1 <anna@example.com>: Recipient address rejected at [192.0.2.7] and 2001:db8::1',
};

describe('maskPersonalData', () => {
  it.each([
    ['anna@example.com said no', '[address] said no'],
    ['host [203.0.113.9] refused', 'host [[IP]] refused'],
    ['from 2001:db8:0:1::25 port', 'from [IP] port'],
    ['550 5.1.1 user unknown', '550 5.1.1 user unknown'],
  ])('%s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });
});

describe('verdict permalinks', () => {
  it('round-trips codes and reason but never the recipient, addresses or IPs', () => {
    const fragment = encodeVerdict(FACTS);
    const back = decodeVerdict(`#${fragment}`);
    expect(back).toMatchObject({ kind: 'failed', status: '5.1.1', replyCode: '550', reason: 'userunknown', recipient: null, article: '/codes/5.1.1/' });
    expect(back?.diagnostic).not.toContain('anna');
    expect(back?.diagnostic).not.toContain('192.0.2.7');
    expect(atob(fragment.slice(2).replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('example.com');
  });

  it.each([['#'], ['#v='], ['#v=!!!'], ['#v=eyJraW5kIjoiYm9vbSJ9'], ['#other=1']])('ignores a fragment that is not a verdict: %s', (f) => {
    expect(decodeVerdict(f)).toBeNull();
  });
});
