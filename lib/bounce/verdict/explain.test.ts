import { describe, expect, it } from 'vitest';
import { customerReply, explain, summaryText, type VerdictFacts } from './explain';

const base: VerdictFacts = {
  kind: 'failed', recipient: 'bob@example.com', status: '5.1.1', replyCode: '550', reason: 'userunknown', permanent: true,
  ourServer: false, whoActs: 'sender', diagnostic: 'User unknown', article: '/codes/5.1.1/',
};

describe('explain', () => {
  it.each([
    [base, /Delivery to bob@example.com failed: recipient address does not exist \(550 5\.1\.1\)/, /will not be retried/],
    [{ ...base, permanent: false }, /failed for now/, /may still retry/],
    [{ ...base, ourServer: true }, /failed/, /Mailhost's own mail server/],
    [{ ...base, kind: 'delayed' as const, reason: 'networkerror' as const }, /is delayed/, /Nothing to do yet/],
    [{ ...base, kind: 'autoreply' as const }, /automatic reply/, /delivered/],
    [{ ...base, kind: 'not-a-bounce' as const, reason: null }, /does not look like a bounce/, /Paste the full bounce/],
    [
      { ...base, reason: 'onhold' as const, reasonGuesses: [{ reason: 'suspend' as const, ruleId: 'nearest:/errors/x/', message: 'Mailbox retired', score: 0.4 }, { reason: 'userunknown' as const, ruleId: 'nearest:/codes/5.1.1/', message: 'No such user', score: 0.3 }] },
      /failed: reason unclear \(550 5\.1\.1\)/,
      /closest known messages are "Mailbox retired" \(recipient account disabled or suspended\) and "No such user"/,
    ],
    [
      { ...base, reason: 'suspend' as const, reasonGuesses: [{ reason: 'suspend' as const, ruleId: 'nearest:/errors/x/', message: 'Mailbox retired', score: 0.7 }] },
      /failed: /,
      /closest known message is "Mailbox retired"/,
    ],
    [{ ...base, kind: 'delayed' as const, reason: 'onhold' as const }, /is delayed \(550 5\.1\.1\): reason unclear/, /Nothing to do yet/],
  ])('%#', (facts, headline, detail) => {
    const e = explain(facts, 'Mailhost');
    expect(e.headline).toMatch(headline);
    expect(e.detail).toMatch(detail);
  });

  it('builds a summary and a customer reply with the article link', () => {
    expect(summaryText(base, 'Mailhost', 'https://help.example')).toContain('More: https://help.example/codes/5.1.1/');
    const reply = customerReply(base, 'Mailhost', 'https://help.example', 'Bad mailbox');
    expect(reply).toMatch(/^Hello,/);
    expect(reply).toContain('"User unknown"');
    expect(reply).toContain('("Bad mailbox"): https://help.example/codes/5.1.1/');
  });
});
