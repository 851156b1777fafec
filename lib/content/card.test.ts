import { describe, expect, it } from 'vitest';
import { cardState, persistenceCard, whoActsCard, type CardSource } from './card';

const src = (over: Partial<CardSource>): CardSource => ({
  kind: 'error', slug: 'x', replyCodes: [], statusCodes: [], messages: [], reasons: ['userunknown'], replyFrom: 'recipient-server', whoActs: 'sender', ...over,
});

describe('cardState follows the codes and where the reply is given', () => {
  it.each([
    ['a 550 from the recipient', src({ replyCodes: ['550'], statusCodes: ['5.1.1'] }), 'permanent'],
    ['a 451 from the recipient', src({ replyCodes: ['451'], statusCodes: ['4.3.0'] }), 'temporary'],
    ['an error page listing a 4xx message beside its 5xx', src({ replyCodes: ['550'], messages: [{ text: 'Try later', replyCode: '421', statusCode: '4.7.0', origin: 'Gmail' }] }), 'either'],
    ['a status page counts only its own code', src({ kind: 'status-code', slug: '4.2.2', statusCodes: ['4.2.2', '5.2.2'] }), 'temporary'],
    ['a reply page with a non-SMTP number uses its other codes', src({ kind: 'reply-code', slug: '111', replyCodes: ['111'], statusCodes: ['4.4.1'], replyFrom: 'delay-report' }), 'temporary'],
    ['a final report whose last code was 4xx', src({ kind: 'status-code', slug: '4.4.7', statusCodes: ['4.4.7'], replyFrom: 'final-report' }), 'after-retries'],
    ['a final report without codes', src({ replyFrom: 'final-report' }), 'after-retries'],
    ['a delay report with 4xx and 5xx codes', src({ replyCodes: ['450', '550'], replyFrom: 'delay-report' }), 'either'],
    ['a success reply', src({ kind: 'reply-code', slug: '250', replyCodes: ['250'], replyFrom: 'none' }), 'none'],
    ['a guide', src({ kind: 'guide', replyFrom: 'none' }), 'none'],
  ])('%s', (_name, a, state) => {
    expect(cardState(a)).toBe(state);
  });
});

describe('persistenceCard words each case', () => {
  it.each([
    ['a 5xx daily limit at submission: resend yourself, nothing queued', src({ replyCodes: ['550'], reasons: ['speeding'], replyFrom: 'submission' }), ['Permanent', 'nothing was queued', 'resend yourself after the limit resets']],
    ['a 4xx login refusal: shown immediately, nothing queued', src({ kind: 'status-code', slug: '4.7.8', statusCodes: ['4.7.8'], replyFrom: 'submission', reasons: ['securityerror'] }), ['Temporary', 'shows this immediately', 'nothing was queued']],
    ['a 4xx deferral from the recipient: still retrying', src({ replyCodes: ['421'] }), ['Temporary', 'still retrying until its queue lifetime ends']],
    ['a 5xx from the recipient: given up', src({ replyCodes: ['550'] }), ['Permanent', 'has given up']],
    ['a 4xx final report: after retries', src({ statusCodes: ['4.4.7'], replyFrom: 'final-report' }), ['Final, after retries', 'retried for days and has given up']],
    ['a general 5xx page', src({ kind: 'reply-code', slug: '550', replyCodes: ['550'], replyFrom: 'varies' }), ['Permanent', 'whether your mail program showed it']],
  ])('%s', (_name, a, words) => {
    const card = persistenceCard(a);
    for (const w of words) expect(`${card.title} ${card.detail}`).toContain(w);
  });

  it('never says a 5xx is being retried, nor that a 4xx was given up outside a final report', () => {
    for (const replyFrom of ['submission', 'our-server', 'recipient-server', 'varies'] as const) {
      for (const reasons of [['userunknown'], ['speeding']] as const) {
        expect(persistenceCard(src({ replyCodes: ['550'], replyFrom, reasons: [...reasons] })).detail).not.toMatch(/still retrying|keeps retrying/);
        expect(persistenceCard(src({ replyCodes: ['450'], replyFrom, reasons: [...reasons] })).detail).not.toMatch(/given up|not retried/);
      }
    }
  });
});

describe('whoActsCard', () => {
  it.each([
    ['a sender at submission: settings, not the recipient', src({ replyCodes: ['535'], replyFrom: 'submission' }), 'the recipient is not involved'],
    ['a sender after a 5xx rate limit: wait and resend', src({ replyCodes: ['550'], reasons: ['speeding'], replyFrom: 'submission' }), 'nothing about the address or the message has to change'],
    ['a sender after an unknown address', src({ replyCodes: ['550'] }), 'the address or the message'],
  ])('%s', (_name, a, words) => {
    expect(whoActsCard(a).detail).toContain(words);
  });
});
