import { describe, expect, it } from 'vitest';
import { checkCard } from './card-checks';
import type { CardSource } from './card';

type Input = Parameters<typeof checkCard>[0];
const page = (over: Partial<Input>): Input => ({
  kind: 'error', slug: 'a', file: 'errors/a.mdx', replyCodes: ['550'], statusCodes: [], messages: [], reasons: ['userunknown'],
  replyFrom: 'recipient-server', whoActs: 'sender', ...over,
} satisfies CardSource & { file: string });

describe('checkCard', () => {
  it('accepts a card that agrees with its codes', () => {
    expect(checkCard(page({}))).toEqual([]);
  });

  it.each([
    ['a recipient asked to act on a submission reply', page({ replyCodes: ['535'], replyFrom: 'submission', whoActs: 'recipient-admin' }), 'whoActs: "recipient-admin", but the reply went to the sender\'s own mail program'],
    ['nobody acting on a refused submission', page({ replyCodes: ['454'], replyFrom: 'submission', whoActs: 'nobody' }), 'whoActs: "nobody", but a refused submission was never queued'],
    ['nobody acting on a permanent failure', page({ whoActs: 'nobody' }), 'whoActs: "nobody", but the card says "Permanent"'],
    ['a delay warning with only 5xx codes', page({ replyFrom: 'delay-report' }), 'replyFrom: a delay warning carries a 4xx code'],
    ['a failure page marked as no reply', page({ replyFrom: 'none' }), 'replyFrom: "none", but the article\'s codes are failures'],
    ['a guide with a reply origin', page({ kind: 'guide', replyCodes: [], replyFrom: 'submission' }), 'replyFrom: a guide explains no single reply'],
    ['a success reply with a reply origin', page({ kind: 'reply-code', slug: '250', replyCodes: ['250'] }), 'replyFrom: a success or continuation reply is not a failure'],
  ])('reports %s', (_name, a, expected) => {
    expect(checkCard(a).join('\n')).toContain(expected);
  });
});
