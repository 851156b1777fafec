import { describe, expect, it } from 'vitest';
import { classifyReason, findPhraseRule, type ReasonInput } from './classify';
import { articleMessages, ruleExamples } from './known-messages';
import { prepareKnown } from './nearest';
import { PHRASE_RULES } from './rules';

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
    ['no words at all', failed(''), 'undefined', 'default:undefined'],
    ['weak unknown-user words at RCPT', failed('550 Unknown user bob@example.org', '', { command: 'RCPT' }), 'userunknown', 'phrase:userunknown/no-such-user'],
    ['weak unknown-user words in a report, stage unknown: the words decide', failed('550 Unknown user bob@example.org', '', { context: ['Subject: Mail delivery failed', 'The following address failed:'] }), 'userunknown', 'phrase:userunknown/no-such-user'],
    ['weak unknown-user words after DATA, even pasted alone', failed('550 Unknown user bob@example.org', '', { command: 'DATA' }), 'filtered', 'phrase:userunknown/no-such-user+stage:data'],
    ['weak words with X.1.1', failed('550 5.1.1 <bob@example.org>... User unknown', '5.1.1'), 'userunknown', 'status:5.1.1'],
    ['strong unknown-user words, stage unknown', failed("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", '5.1.10'), 'userunknown', 'phrase:userunknown/address-not-found'],
    ['words narrower than X.1.1 (filter)', failed('550 5.1.1 RCP-P2 Refused due to recipient preferences', '5.1.1'), 'filtered', 'phrase:filtered/filter'],
    ['words narrower than X.1.1 (rate)', failed('550 5.1.1 <bob@example.org> - 192.0.2.1 has sent to too many recipients this hour', '5.1.1'), 'speeding', 'phrase:speeding/hourly-recipients'],
    ['X.1.3 is an address, not a syntax error', failed('501 5.1.3 Bad destination mailbox address syntax', '5.1.3'), 'userunknown', 'status:5.1.3'],
    ['null MX in a DNS error', failed("DNS type 'mx' lookup of example.org responded with code NOERROR The domain example.org doesn't receive email according to the administrator: returned Null MX"), 'notaccept', 'phrase:notaccept/null-mx'],
    ['DNS error from a resolver', failed("DNS Error: DNS type 'mx' lookup of example.org responded with code NXDOMAIN Domain name not found: example.org"), 'networkerror', 'phrase:networkerror/network'],
    ['a real error before the queue-lifetime notice', failed("Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has been in the queue too long."), 'systemerror', 'phrase:systemerror/directory'],
    ['header size is content, not message size', failed('552 5.6.0 Headers too large (3 max)', '5.6.0'), 'contenterror', 'phrase:contenterror/headers-too-large'],
    ['delayed with nothing known', { kind: 'delayed', status: '', replyCode: '', diagnostic: '' }, 'onhold', 'default:delayed'],
    ['a delay warning says only that it retries', { kind: 'delayed', status: '4.0.0', replyCode: '', diagnostic: 'This is a warning only; the message will be retried until Friday' }, 'onhold', 'default:delayed'],
    ['a delay warning with its stated cause', { kind: 'delayed', status: '4.2.2', replyCode: '452', diagnostic: '452 4.2.2 Mailbox of bob@example.org is full; will be retried' }, 'mailboxfull', 'status:4.2.2'],
    ['a delay whose words name a refused connection', { kind: 'delayed', status: '4.4.1', replyCode: '', diagnostic: 'connect to mx.example.org[192.0.2.7]:25: Connection refused; will retry' }, 'networkerror', 'phrase:networkerror/network-other'],
    ['the expiry gives way to the error it gave up on', failed('delivery time expired; last error: connect to mx.example.org[192.0.2.9]:25: Connection refused', '4.4.7'), 'networkerror', 'phrase:networkerror/network-other'],
    ['4.4.7 gives way to words naming an unknown host', failed('Host or domain name not found. Name service error for name=example.org type=MX', '4.4.7'), 'hostunknown', 'phrase:hostunknown/resolver-host-not-found'],
    ['4.4.7 gives way to a relay refusal in the words', failed('554 4.4.7 Message expired: unable to deliver in 2 days. Last error: 550 Relaying not permitted', '4.4.7'), 'norelaying', 'concept:norelaying/relay-refused'],
    ['4.4.7 gives way to a TLS requirement in the words', failed('4.4.7 Message expired; last error: TLS is required by the receiving domain', '4.4.7'), 'failedstarttls', 'concept:failedstarttls/tls-required'],
    ['4.4.7 alone is expired', failed('', '4.4.7'), 'expired', 'status:4.4.7'],
    ['X.0.0 gives way to the words', failed('550 5.0.0 Relay access denied', '5.0.0'), 'norelaying', 'phrase:norelaying/relay'],
    ['a concept rule on a paraphrase', failed('550 The recipient you addressed is not known here'), 'userunknown', 'concept:userunknown/mailbox-missing'],
    ['a concept rule after DATA is a filter', failed('550 The recipient you addressed is not known here', '', { command: 'DATA' }), 'filtered', 'concept:userunknown/mailbox-missing+stage:data'],
    ["the report language's concept rows", failed('550 Die Mailbox des Empfängers wurde nicht gefunden', '', { language: 'de' }), 'userunknown', 'concept:userunknown/de-words'],
    ["another language's rows are not read", failed('550 Die Mailbox des Empfängers wurde nicht gefunden', '', { language: 'fr' }), 'onhold', 'default:onhold'],
    ['a localized concept in the report text', failed('', '', { language: 'nl', context: ['Reden: de mailbox van de ontvanger zit vol.'] }), 'mailboxfull', 'context-concept:mailboxfull/nl-words'],
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
    // every rule's own example is decided by some rule (ideally itself; order may let a narrower one win)
    expect(findPhraseRule(rule.example)).not.toBeNull();
  });
});

/** A small table of known messages, as articles would give them. */
const KNOWN = prepareKnown([
  ...articleMessages([
    { url: '/errors/example-retired-mailbox/', reasons: ['suspend'], messages: [{ text: 'Mailbox {address} retired by the owner, forwarding ended' }] },
    { url: '/errors/example-greylisted/', reasons: ['filtered'], messages: [{ text: 'Greylisted, come back in {number} seconds' }] },
  ]),
  ...ruleExamples(),
]);

describe('nearest known message and guesses', () => {
  it('a line no rule names takes the reason of the closest known message, shown as evidence', () => {
    const v = classifyReason(failed('550 The mailbox bob@example.org was retired by the owner'), KNOWN);
    expect(v).toMatchObject({ reason: 'suspend', ruleId: 'nearest:/errors/example-retired-mailbox/' });
    expect(v.guesses?.[0]).toMatchObject({ reason: 'suspend', message: 'Mailbox {address} retired by the owner, forwarding ended' });
  });

  it('placeholders stand for the variable parts', () => {
    expect(classifyReason(failed('451 Greylisted, come back in 300 seconds'), KNOWN)).toMatchObject({ reason: 'filtered', ruleId: 'nearest:/errors/example-greylisted/' });
  });

  it('words nobody places stay onhold, with at most two guesses', () => {
    const v = classifyReason(failed('550 Forwarding for this one ended'), KNOWN);
    expect(v.reason).toBe('onhold');
    expect(v.ruleId).toBe('default:onhold');
    expect(v.guesses?.[0]).toMatchObject({ reason: 'suspend', ruleId: 'nearest:/errors/example-retired-mailbox/' });
    expect((v.guesses ?? []).length).toBeLessThanOrEqual(2);
  });

  it('one telling word shared with a fragment of a rule ("loops back") is no guess', () => {
    const v = classifyReason(failed('451 Please step back and wait a while'), KNOWN);
    expect((v.guesses ?? []).map((g) => g.message)).not.toContain('loops back');
  });

  it('sharing only the words every bounce uses is no guess at all', () => {
    expect(classifyReason(failed('450 Temporary failure, please try again later'), KNOWN)).toMatchObject({ reason: 'onhold', guesses: [] });
  });
});
