import { describe, expect, it } from 'vitest';
import { classifyReason, type ReasonInput } from './reason';
import { PHRASE_RULES } from './reason-rules';

const failed = (diagnostic: string, status = '', extra: Partial<ReasonInput> = {}): ReasonInput => ({ kind: 'failed', status, replyCode: '', diagnostic, ...extra });

describe('classifyReason', () => {
  it.each([
    ['user unknown', failed('550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table', '5.1.1'), 'userunknown', 'status:5.1.1'],
    ['mailbox full by phrase', failed('552 <bob@example.org>: user is over quota'), 'mailboxfull', 'phrase:mailboxfull/quota'],
    ['dnsbl, not spam', failed('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', '5.7.1'), 'blocked', 'phrase:blocked/dnsbl'],
    ['dmarc', failed("550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy", '5.7.26'), 'authfailure', 'status:5.7.26'],
    ['relay', failed('554 5.7.1 <bob@example.org>: Relay access denied', '5.7.1'), 'norelaying', 'phrase:norelaying/relay'],
    ['no such domain', failed("Sorry, I couldn't find any host named example.org. (#5.1.2)", '5.1.2'), 'hostunknown', 'status:5.1.2'],
    ['vague status, phrase decides', failed('550 5.0.0 Message size exceeds fixed limit', '5.0.0'), 'mesgtoobig', 'phrase:mesgtoobig/too-big'],
    ['local delivery program', failed('255', '5.1.1', { diagnosticType: 'x-unix' }), 'mailererror', 'type:x-unix'],
    ['refused after DATA', failed('550 User unknown', '', { command: 'DATA' }), 'filtered', 'phrase:userunknown/no-such-user+stage:data'],
    ['refused at MAIL FROM, no words', failed('550 go away', '', { command: 'MAIL' }), 'rejected', 'stage:mail-from'],
    ['context only', failed('', '', { context: ['Subject: Returned mail: see transcript', 'Mail quota exceeded'] }), 'mailboxfull', 'context:mailboxfull/quota'],
    ['nothing known', failed('something odd happened'), 'onhold', 'default:onhold'],
    ['delayed with nothing known', { kind: 'delayed', status: '', replyCode: '', diagnostic: '' }, 'expired', 'default:delayed'],
    ['auto-reply', { kind: 'autoreply', status: '', replyCode: '', diagnostic: '' }, 'vacation', 'kind:autoreply'],
    ['not a bounce', { kind: 'not-a-bounce', status: '', replyCode: '', diagnostic: '' }, null, 'kind:not-a-bounce'],
  ] satisfies Array<[string, ReasonInput, string | null, string]>)('%s', (_name, input, reason, ruleId) => {
    expect(classifyReason(input)).toMatchObject({ reason, ruleId });
  });
});

describe('reason rules are data with sources', () => {
  it.each(PHRASE_RULES.map((r) => [r.id, r]))('%s has phrases and an example', (_id, rule) => {
    expect(rule.phrases.length).toBeGreaterThan(0);
    expect(rule.example.length).toBeGreaterThan(5);
    for (const p of rule.phrases) expect(p).toBe(p.toLowerCase());
  });
});
