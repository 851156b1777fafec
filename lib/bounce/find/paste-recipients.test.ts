/**
 * Body-only pastes: the failed recipient, never an address from the advice text, a quoted line or the customer's
 * own account shown by the mail client ("To: Alice <alice@example.com>", "An:", "À :").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { host } from '../../../host.config';
import { analyze } from '../analyze';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'paste');

const CASES: Array<[file: string, recipients: string[]]> = [
  ['quoted-exchange-paste-with-helpdesk-address.txt', ['bob@example.org']],
  ['advice-address-before-the-recipient.txt', ['bob@example.org']],
  ['contact-label-in-advice-text.txt', ['bob@example.org']],
  ['forwarded-gmail-notice-paste.txt', ['bob@example.org']],
  ['owa-paste-logged-in-account.txt', ['bob@example.org']],
  ['owa-paste-german-logged-in-account.txt', ['bob@example.org']],
  ['owa-paste-french-logged-in-account.txt', ['bob@example.org']],
  ['postmaster-addresses-in-advice-text.txt', ['bob@example.org']],
  ['reply-quoted-postfix-report-two-recipients.txt', ['bob@example.org', 'carol@example.org']],
  ['helpdesk-address-on-its-own-line.txt', ['bob@example.org']],
  ['customer-reply-quoting-gmail-notice.txt', ['bob@example.org']],
  ['german-helpdesk-address-on-its-own-line.txt', ['bob@example.org']],
];

describe('body-only pastes: the recipient', () => {
  it.each(CASES)('%s', async (file, recipients) => {
    const { results } = await analyze(readFileSync(join(DIR, file)), { host });
    expect(results.filter((r) => r.kind !== 'not-a-bounce').map((r) => r.recipient)).toEqual(recipients);
  });
});
