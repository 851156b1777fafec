import { describe, expect, it } from 'vitest';
import { leadSentence } from './phrase-items';

describe('leadSentence', () => {
  it.each([
    ['The IP address sending this message does not have a PTR record setup. As a policy, Gmail does not accept it.', 'The IP address sending this message does not have a PTR record setup.'],
    ['Relaying denied. Proper authentication required.', null],
    ['User unknown in virtual alias table', null],
    ['Our system has detected an unusual rate of mail from your IP address. Try again.', null],
    ['Please see https://example.com/help.html for more details about this block.', null],
  ])('%s', (text, expected) => expect(leadSentence(text)).toBe(expected));
});
