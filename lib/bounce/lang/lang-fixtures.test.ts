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

/** reason null: not asserted (a delay that names no cause; its reason is being settled elsewhere). */
type Row = [file: string, kind: string, recipient: string, status: string, replyCode: string, reason: string | null, language: string | null];

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
  ['es-gmail-direccion-no-encontrada.txt', 'failed', 'bob@example.es', '5.1.1', '550', 'userunknown', 'es'],
  ['de-gmail-paste-postfach-voll.txt', 'failed', 'bob@example.de', '5.2.2', '552', 'mailboxfull', 'de'],
  ['ru-exchange-paste-recipient-not-found.txt', 'failed', 'bob@example.ru', '5.1.10', '550', 'userunknown', 'ru'],
  ['zh-exchange-paste-recipient-not-found.txt', 'failed', 'bob@example.cn', '5.1.10', '550', 'userunknown', 'zh'],
  ['nl-outlook-paste-550-no-enhanced-code.txt', 'failed', 'bob@example.nl', '', '550', 'userunknown', 'nl'],
  ['pl-gmail-paste-konto-nie-istnieje.txt', 'failed', 'bob@example.pl', '', '550', 'userunknown', 'pl'],
  ['ja-gmail-paste-user-unknown.txt', 'failed', 'bob@example.jp', '5.1.1', '550', 'userunknown', 'ja'],
  ['it-postfix-template-quota.txt', 'failed', 'bob@example.it', '', '552', 'mailboxfull', 'it'],
  ['fr-exim-template-adresse-inconnue-no-code.txt', 'failed', 'bob@example.fr', '', '', 'userunknown', 'fr'],
  ['pt-exchange-paste-recipient-not-found.txt', 'failed', 'bob@example.pt', '5.1.10', '550', 'userunknown', 'pt'],
  ['ru-one-line-no-such-mailbox-no-code.txt', 'failed', 'bob@example.ru', '', '', 'userunknown', 'ru'],
  ['de-one-line-speicherplatz-no-code.txt', 'failed', 'bob@example.de', '', '', 'mailboxfull', 'de'],
  ['es-paste-correo-no-deseado.txt', 'failed', 'bob@example.es', '5.7.1', '554', 'spamdetected', 'es'],
  ['zh-one-line-mailbox-full-no-code.txt', 'failed', 'bob@example.cn', '', '', 'mailboxfull', 'zh'],
  ['ja-carrier-paste-size-limit-no-code.txt', 'failed', 'bob@example.jp', '', '', 'mesgtoobig', 'ja'],
  ['de-exim-template-mailbox-nicht-gefunden.txt', 'failed', 'carl@example.de', '', '550', 'userunknown', 'de'],
  ['fr-isp-notice-quota-depasse-no-code.txt', 'failed', 'carl@example.fr', '', '', 'mailboxfull', 'fr'],
  ['es-exchange-paste-recipient-not-found.txt', 'failed', 'carl@example.es', '5.1.10', '550', 'userunknown', 'es'],
  ['pt-isp-notice-usuario-nao-existe-no-code.txt', 'failed', 'carl@example.com.br', '', '', 'userunknown', 'pt'],
  ['it-webmail-notice-account-disattivato-no-code.txt', 'failed', 'carl@example.it', '', '', 'suspend', 'it'],
  ['nl-isp-notice-mailbox-zit-vol-no-code.txt', 'failed', 'carl@example.nl', '', '', 'mailboxfull', 'nl'],
  ['pl-webmail-notice-adres-nie-istnieje-no-code.txt', 'failed', 'carl@example.pl', '', '', 'userunknown', 'pl'],
  ['ja-carrier-notice-address-invalid-no-code.txt', 'failed', 'carl@example.ne.jp', '', '', 'userunknown', 'ja'],
  ['zh-webmail-notice-mailbox-cancelled-no-code.txt', 'failed', 'carl@example.cn', '', '', 'userunknown', 'zh'],
  ['ru-webmail-notice-550-no-enhanced-code.txt', 'failed', 'carl@example.ru', '', '550', 'userunknown', 'ru'],
  ['ru-paste-relay-refused.txt', 'failed', 'carl@example.ru', '5.7.1', '554', 'norelaying', 'ru'],
  ['de-paste-maximale-groesse.txt', 'failed', 'carl@example.de', '', '552', 'mesgtoobig', 'de'],
  ['fr-paste-domaine-introuvable-no-code.txt', 'failed', 'carl@example.fr', '', '', 'hostunknown', 'fr'],
  ['es-paste-delay-with-cause.txt', 'delayed', 'dora@example.es', '', '', null, 'es'],
  ['de-webmail-notice-konto-nicht-vorhanden-no-code.txt', 'failed', 'dora@example.de', '', '', 'userunknown', 'de'],
  ['fr-isp-notice-stockage-insuffisant-no-code.txt', 'failed', 'dora@example.fr', '', '', 'mailboxfull', 'fr'],
  ['es-isp-notice-cuenta-suspendida-no-code.txt', 'failed', 'dora@example.es', '', '', 'suspend', 'es'],
  ['pt-isp-notice-tamanho-excede-no-code.txt', 'failed', 'dora@example.com.br', '', '', 'mesgtoobig', 'pt'],
  ['it-isp-notice-casella-inesistente-no-code.txt', 'failed', 'dora@example.it', '', '', 'userunknown', 'it'],
  ['nl-isp-notice-domein-bestaat-niet-no-code.txt', 'failed', 'dora@example.nl', '', '', 'hostunknown', 'nl'],
  ['pl-webmail-notice-skrzynka-zablokowana-no-code.txt', 'failed', 'dora@example.pl', '', '', 'suspend', 'pl'],
  ['ja-carrier-notice-account-suspended-no-code.txt', 'failed', 'dora@example.ne.jp', '', '', 'suspend', 'ja'],
  ['zh-webmail-notice-capacity-no-code.txt', 'failed', 'dora@example.cn', '', '', 'mailboxfull', 'zh'],
  ['ru-webmail-notice-address-missing-no-code.txt', 'failed', 'dora@example.ru', '', '', 'userunknown', 'ru'],
  ['es-paste-delay-451-buzon-lleno.txt', 'delayed', 'carl@example.es', '4.2.2', '451', 'mailboxfull', 'es'],
  ['ja-outlook-paste-account-in-client-header.txt', 'failed', 'erin@example.jp', '', '', 'userunknown', 'ja'],
  ['zh-outlook-paste-account-in-client-header.txt', 'failed', 'erin@example.cn', '', '', 'userunknown', 'zh'],
  ['ru-outlook-paste-account-in-client-header.txt', 'failed', 'erin@example.ru', '', '', 'userunknown', 'ru'],
  ['de-postfix-dsn-postfach-gesperrt.eml', 'failed', 'erin@example.de', '5.0.0', '', 'suspend', 'de'],
  ['fr-postfix-dsn-boite-saturee.eml', 'failed', 'erin@example.fr', '4.2.2', '452', 'mailboxfull', 'fr'],
  ['es-postfix-dsn-usuario-no-registrado.eml', 'failed', 'erin@example.es', '5.0.0', '550', 'userunknown', 'es'],
  ['it-exim-template-spam.txt', 'failed', 'erin@example.it', '5.7.1', '550', 'spamdetected', 'it'],
  ['pt-outlook-paste-550-caixa-indisponivel.txt', 'failed', 'erin@example.com.br', '', '550', 'userunknown', 'pt'],
  ['nl-postfix-template-size.txt', 'failed', 'erin@example.nl', '5.3.4', '552', 'mesgtoobig', 'nl'],
  ['pl-exim-template-nie-znaleziony.txt', 'failed', 'erin@example.pl', '', '550', 'userunknown', 'pl'],
  ['ru-exim-template-perepolnen.txt', 'failed', 'erin@example.ru', '', '550', 'mailboxfull', 'ru'],
  ['zh-webmail-notice-domain-missing-no-code.txt', 'failed', 'erin@nonexistent.example.cn', '', '', 'hostunknown', 'zh'],
  ['ja-isp-notice-quota-no-code.txt', 'failed', 'erin@example.jp', '', '', 'mailboxfull', 'ja'],
  ['de-paste-ip-sperrliste.txt', 'failed', 'erin@example.de', '', '554', 'blocked', 'de'],
  ['es-paste-relay-denegado.txt', 'failed', 'erin@example.es', '5.7.1', '554', 'norelaying', 'es'],
  ['de-mailer-notice-konto-abgelaufen-gesperrt.txt', 'failed', 'frank@example.de', '', '', 'suspend', 'de'],
  ['de-paste-452-speicherplatz-erschoepft.txt', 'failed', 'frank@example.de', '4.2.2', '452', 'mailboxfull', 'de'],
  ['fr-paste-spam-refuse.txt', 'failed', 'frank@example.fr', '5.7.1', '550', 'spamdetected', 'fr'],
  ['fr-notice-adresse-n-existe-plus.txt', 'failed', 'frank@example.fr', '', '', 'userunknown', 'fr'],
  ['es-notice-direccion-ya-no-existe.txt', 'failed', 'frank@example.es', '', '', 'userunknown', 'es'],
  ['es-paste-552-tamano-maximo.txt', 'failed', 'frank@example.es', '', '552', 'mesgtoobig', 'es'],
  ['pt-paste-conta-desativada.txt', 'failed', 'frank@example.pt', '', '550', 'suspend', 'pt'],
  ['it-notice-casella-postale-piena.txt', 'failed', 'frank@example.it', '', '', 'mailboxfull', 'it'],
  ['it-notice-dominio-non-esiste.txt', 'failed', 'frank@example.it', '', '', 'hostunknown', 'it'],
  ['nl-notice-e-mailadres-onbekend.txt', 'failed', 'frank@example.nl', '', '', 'userunknown', 'nl'],
  ['pl-notice-limit-miejsca-przekroczony.txt', 'failed', 'frank@example.pl', '', '', 'mailboxfull', 'pl'],
  ['ja-isp-notice-mailbox-arimasen.txt', 'failed', 'frank@example.co.jp', '', '', 'userunknown', 'ja'],
  ['ja-notice-capacity-exceeded.txt', 'failed', 'frank@example.jp', '', '', 'mailboxfull', 'ja'],
  ['zh-notice-spam-refused.txt', 'failed', 'frank@example.cn', '', '', 'spamdetected', 'zh'],
  ['zh-notice-account-disabled.txt', 'failed', 'frank@example.com.cn', '', '', 'suspend', 'zh'],
  ['ru-notice-mailbox-does-not-exist.txt', 'failed', 'frank@example.ru', '', '', 'userunknown', 'ru'],
  ['ru-paste-552-size-exceeded.txt', 'failed', 'frank@example.ru', '', '552', 'mesgtoobig', 'ru'],
  ['en-control-german-server-words.txt', 'failed', 'bob@example.de', '5.1.1', '550', 'userunknown', null],
];

const read = (file: string) => readFileSync(join(DIR, file));

describe('localized bounces: recipient, codes, reason and language', () => {
  it.each(CASES)('%s', async (file, kind, recipient, status, replyCode, reason, language) => {
    const result = await analyze(read(file), { host });
    expect(result.results.map((r) => ({ kind: r.kind, recipient: r.recipient, status: r.status, replyCode: r.replyCode, reason: reason === null ? null : r.reason })))
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
