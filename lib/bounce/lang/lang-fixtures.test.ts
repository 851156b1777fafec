/**
 * Bounces in ten languages (localized Exchange/Microsoft 365 reports, Gmail notices, Postfix and qmail templates,
 * a Japanese carrier, Chinese and Russian webmail) and body-only pastes: the recipient, the codes, the reason and
 * the report's language. The fixtures use example domains only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { host } from '../../../host.config';
import { analyze } from '../analyze';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'lang');

type Row = [file: string, kind: string, recipient: string, status: string, replyCode: string, reason: string, language: string | null];

const CASES: Row[] = [
  ['de-exchange-online-recipient-not-found.eml', 'failed', 'bob@example.org', '5.1.10', '550', 'userunknown', 'de'],
  ['de-outlook-paste-body-only.txt', 'failed', 'bob@example.org', '5.1.1', '550', 'userunknown', 'de'],
  ['de-postfix-template-mailbox-full.eml', 'failed', 'bob@example.org', '5.2.2', '552', 'mailboxfull', 'de'],
  ['fr-gmail-address-not-found.eml', 'failed', 'bob@example.fr', '5.1.1', '550', 'userunknown', 'fr'],
  ['fr-exchange-paste-550-no-enhanced-code.txt', 'failed', 'bob@example.fr', '', '550', 'userunknown', 'fr'],
  ['es-outlook-paste-550-no-enhanced-code.txt', 'failed', 'bob@example.es', '', '550', 'mailboxfull', 'es'],
  ['es-qmail-isp-casilla-inexistente.eml', 'failed', 'bob@example.com.ar', '', '', 'userunknown', 'es'],
  ['pt-gmail-endereco-nao-encontrado.eml', 'failed', 'bob@example.com.br', '5.1.1', '550', 'userunknown', 'pt'],
  ['pt-br-isp-paste-caixa-cheia-no-code.txt', 'failed', 'bob@example.com.br', '', '', 'mailboxfull', 'pt'],
  ['it-exchange-online-casella-piena.eml', 'failed', 'bob@example.it', '5.2.2', '554', 'mailboxfull', 'it'],
  ['it-outlook-paste-550-no-enhanced-code.txt', 'failed', 'bob@example.it', '', '550', 'userunknown', 'it'],
  ['nl-gmail-adres-niet-gevonden.eml', 'failed', 'bob@example.nl', '5.1.1', '550', 'userunknown', 'nl'],
  ['pl-exchange-online-nieznany-adresat.eml', 'failed', 'bob@example.pl', '5.1.1', '550', 'userunknown', 'pl'],
  ['pl-webmail-paste-skrzynka-pelna-no-code.txt', 'failed', 'bob@example.pl', '', '', 'mailboxfull', 'pl'],
  ['ja-carrier-notice-iso-2022-jp.eml', 'failed', 'bob@example.ne.jp', '', '', 'userunknown', 'ja'],
  ['ja-exchange-online-mailbox-full.eml', 'failed', 'bob@example.jp', '5.2.2', '552', 'mailboxfull', 'ja'],
  ['ja-isp-paste-user-unknown.txt', 'failed', 'bob@example.jp', '', '550', 'userunknown', 'ja'],
  ['zh-webmail-notice-gb2312.eml', 'failed', 'bob@example.cn', '', '552', 'mailboxfull', 'zh'],
  ['zh-webmail-paste-user-unknown-no-code.txt', 'failed', 'bob@example.com.cn', '', '', 'userunknown', 'zh'],
  ['ru-webmail-notice-koi8-r.eml', 'failed', 'bob@example.ru', '5.1.1', '550', 'userunknown', 'ru'],
  ['ru-webmail-paste-mailbox-full-no-code.txt', 'failed', 'bob@example.ru', '', '', 'mailboxfull', 'ru'],
  ['en-control-german-server-words.txt', 'failed', 'bob@example.de', '5.1.1', '550', 'userunknown', null],
];

const read = (file: string) => readFileSync(join(DIR, file));

describe('localized bounces: recipient, codes, reason and language', () => {
  it.each(CASES)('%s', async (file, kind, recipient, status, replyCode, reason, language) => {
    const result = await analyze(read(file), { host });
    expect(result.results.map((r) => ({ kind: r.kind, recipient: r.recipient, status: r.status, replyCode: r.replyCode, reason: r.reason })))
      .toEqual([{ kind, recipient, status, replyCode, reason }]);
    expect(result.message?.language?.code ?? null).toBe(language);
  });
});

describe('localized bounces: line endings do not matter', () => {
  it.each(CASES.map(([file]) => [file]))('%s with CRLF', async (file) => {
    const lf = new TextDecoder('latin1').decode(read(file)).replace(/\r\n?/g, '\n');
    const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    expect(await analyze(bytes(lf.replace(/\n/g, '\r\n')), { host })).toEqual(await analyze(bytes(lf), { host }));
  });
});
