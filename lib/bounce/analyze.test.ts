import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { host } from '../../host.config';
import { analyze } from './analyze';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

type Row = [string, Array<Partial<Record<'kind' | 'recipient' | 'status' | 'replyCode' | 'reason', string | null>> & { hardBounce?: boolean | null; ourServer?: boolean }>];

const CASES: Row[] = [
  ['postfix-dsn-two-recipients.eml', [
    { kind: 'failed', recipient: 'bob@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true },
    { kind: 'failed', recipient: 'carol@example.org', status: '5.2.2', replyCode: '552', reason: 'mailboxfull', hardBounce: false },
  ]],
  ['exim-plain-text.eml', [{ kind: 'failed', recipient: 'bob@example.org', status: '5.2.1', replyCode: '550', reason: 'suspend' }]],
  ['qmail-plain-text.eml', [
    { recipient: 'bob@example.org', status: '5.1.2', replyCode: '', reason: 'hostunknown', hardBounce: true },
    { recipient: 'carol@example.net', status: '5.1.1', replyCode: '550', reason: 'userunknown' },
  ]],
  ['gmail-body-only-paste.txt', [{ kind: 'failed', recipient: 'bob@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown' }]],
  ['single-line-paste.txt', [{ kind: 'failed', recipient: 'bob@example.org', status: '5.7.606', replyCode: '550', reason: 'blocked' }]],
  ['delayed-dsn-will-retry.eml', [{ kind: 'delayed', recipient: 'bob@example.org', status: '4.4.1', hardBounce: false }]],
  ['relayed-dsn.eml', [{ kind: 'delivered', recipient: 'bob@example.org', status: '2.0.0', reason: 'delivered', hardBounce: null }]],
  ['out-of-office-autoreply.eml', [{ kind: 'autoreply', recipient: 'bob@example.org', reason: 'vacation' }]],
  ['arf-abuse-report.eml', [{ kind: 'feedback', recipient: 'bob@example.org', reason: 'feedback' }]],
  ['newsletter-not-a-bounce.eml', [{ kind: 'not-a-bounce', recipient: null, reason: null }]],
  ['inbound-refused-by-our-server.eml', [{ kind: 'failed', recipient: 'customer@example.com', reason: 'blocked', ourServer: true }]],
  ['forwarded-bounce-attached.eml', [{ kind: 'failed', recipient: 'bob@example.org', status: '5.3.4', reason: 'mesgtoobig' }]],
  ['dsn-without-blank-lines.eml', [
    { recipient: 'bob@example.org', status: '5.1.1', replyCode: '550', reason: 'userunknown' },
    { recipient: 'carol@example.org', status: '5.4.4' },
  ]],
  ['iso-2022-jp-base64-plain-text.eml', [{ recipient: 'taro@example.jp', status: '5.1.1', reason: 'userunknown' }]],
  ['shift-jis-quoted-printable.eml', [{ recipient: 'jiro@example.jp', status: '5.2.2', reason: 'mailboxfull' }]],
];

describe('analyze: fixtures', () => {
  it.each(CASES)('%s', async (name, expected) => {
    const { results } = await analyze(fixture(name), { host });
    expect(results).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(results[i]).toMatchObject(want));
  });
});

describe('analyze: every verdict carries evidence', () => {
  it.each(CASES.map(([name]) => [name]))('%s', async (name) => {
    for (const r of (await analyze(fixture(name))).results) {
      expect(r.evidence.ruleId).not.toBe('');
      if (r.kind === 'failed') expect(r.evidence.lines.length).toBeGreaterThan(0);
    }
  });
});

describe('analyze: a body-only notice decided by its words shows the line that decided', () => {
  it.each([
    ['nl-isp-notice-mailbox-zit-vol-no-code.txt', 'context-concept:mailboxfull/nl-words', 'Reden: de mailbox van de ontvanger zit vol.'],
    ['zh-one-line-mailbox-full-no-code.txt', 'context-concept:mailboxfull/zh-words', '您发往 bob@example.cn 的邮件发送失败，原因：对方邮箱容量已满。'],
  ])('%s', async (name, ruleId, line) => {
    const [r] = (await analyze(fixture(join('lang', name)), { host })).results;
    expect(r?.evidence).toEqual({ ruleId, lines: [line] });
  });
});

describe('analyze: line endings do not matter', () => {
  const names = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  it.each(names.map((n) => [n]))('%s with CRLF and CR', async (name) => {
    const lf = new TextDecoder('latin1').decode(fixture(name)).replace(/\r\n?/g, '\n');
    const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    const base = await analyze(bytes(lf));
    expect(await analyze(bytes(lf.replace(/\n/g, '\r\n')))).toEqual(base);
    expect(await analyze(bytes(lf.replace(/\n/g, '\r')))).toEqual(base);
  });
});

describe('analyze: the quoted original is never the failure', () => {
  it('ignores codes and addresses below the copy of the message', async () => {
    const { results } = await analyze(fixture('exim-plain-text.eml'));
    expect(results.map((r) => r.recipient)).toEqual(['bob@example.org']);
    expect(results[0]?.status).toBe('5.2.1');
  });
});

describe('analyze: chooses the article through the caller', () => {
  it('passes codes, diagnostic and reason to the chooser', async () => {
    const seen: string[] = [];
    const { results } = await analyze(fixture('single-line-paste.txt'), {
      chooseArticle: (input) => {
        seen.push(`${input.replyCode} ${input.statusCode} ${input.reason}`);
        return { url: '/codes/5.7.606/', why: 'test' };
      },
    });
    expect(seen).toEqual(['550 5.7.606 blocked']);
    expect(results[0]?.article).toBe('/codes/5.7.606/');
  });
});
