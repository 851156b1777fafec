import { describe, expect, it } from 'vitest';
import type { ReasonId } from '../../reasons';
import { bestArticle } from './article-for';
import { FIXTURE_DOCS } from './search-fixture';

const input = (replyCode: string, statusCode: string, diagnostic: string, reason: ReasonId | null = null) => ({ replyCode, statusCode, diagnostic, reason });

describe('bestArticle', () => {
  it.each([
    ['exact host message', input('550', '5.1.1', 'smtp; 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual alias table'), '/errors/user-unknown/'],
    ['message with address', input('554', '5.7.1', '554 5.7.1 <info@example.com>: Relay access denied'), '/errors/relay-access-denied/'],
    ['other server wording via a rule', input('550', '5.7.1', 'relay not permitted'), '/errors/relay-access-denied/'],
    ['same words, codes decide (host)', input('450', '4.7.1', 'Recipient address rejected: Access denied'), '/errors/recipient-access-denied/'],
    ['same words, codes decide (Microsoft)', input('550', '5.4.1', 'Recipient address rejected: Access denied'), '/errors/microsoft-access-denied/'],
    ['provider tag', input('421', '4.7.0', '[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints'), '/errors/yahoo-tss04-deferred/'],
    ['same condition in the other class fits', input('553', '5.1.8', 'Domain of sender address example.org does not exist'), '/errors/sender-domain-not-found/'],
    ['codes that disagree need close words', input('550', '5.1.1', 'rejected: Access denied'), '/codes/5.1.1/'],
    ['unknown text: status page', input('550', '5.1.1', 'Sorry, no luck today'), '/codes/5.1.1/'],
    ['unknown text, range page', input('550', '5.7.606', 'Access denied'), '/codes/5.7.500/'],
    ['unknown text, no status code: reply page', input('554', '', 'Transaction failed'), '/codes/554/'],
    ['no status code, reason named: its status page in the reply class', input('550', '', 'Benutzer unbekannt', 'userunknown'), '/codes/5.1.1/'],
    ['no status code, mailbox full, class 5', input('552', '', 'casella piena', 'mailboxfull'), '/codes/5.2.2/'],
    ['no status code, reason blocked: its page in the class', input('554', '', 'Transaction failed', 'blocked'), '/codes/5.7.1/'],
    ['no status code, a reason with no page of its own: reply page', input('554', '', 'Transaction failed', 'filtered'), '/codes/554/'],
    ['no status code, reason page absent in that class: reply page', input('452', '', 'quota', 'mailboxfull'), '/codes/452/'],
    ['status without own page falls to reply page', input('554', '5.9.9', 'something odd'), '/codes/554/'],
  ])('%s', (_, args, url) => expect(bestArticle(FIXTURE_DOCS, args)?.url).toBe(url));

  it('says why', () => {
    expect(bestArticle(FIXTURE_DOCS, input('554', '5.7.1', 'Relay access denied'))?.why).toBe('server message "Relay access denied"');
    expect(bestArticle(FIXTURE_DOCS, input('550', '5.1.1', 'no idea'))?.why).toBe('status code 5.1.1');
  });

  it('returns null when nothing fits', () => {
    expect(bestArticle(FIXTURE_DOCS, input('', '', 'hello world'))).toBeNull();
    expect(bestArticle([], input('550', '5.1.1', 'User unknown'))).toBeNull();
  });

  it('does not take a weak partial match for the message', () => {
    expect(bestArticle(FIXTURE_DOCS, input('550', '5.1.1', 'address rejected for some other reason'))?.url).toBe('/codes/5.1.1/');
  });
});
