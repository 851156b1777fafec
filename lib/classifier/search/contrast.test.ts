import { describe, expect, it } from 'vitest';
import { contradicts, contrastSides } from './contrast';
import { tokenize } from './text';

const words = (q: string) => contrastSides(tokenize(q)) ?? new Set<string>();

describe('contradicts', () => {
  it.each([
    ['Sender address rejected: Domain not found', 'Recipient address rejected: Domain not found', true],
    ['Client host rejected: cannot find your hostname', 'helo command rejected', true],
    ['Recipient address rejected: User unknown', 'recipient address rejected user unknown', false],
    ['Sender address rejected: Domain not found', 'domain not found', false],
    ['outbound spam detected', 'inbound mail rejected as spam', true],
    ['sender and recipient domains differ', 'recipient rejected', false],
    ['no such user', 'No such domain.', true],
    ['mailbox unavailable', 'user unknown', false],
    ['User unknown in domain {domain}', 'unknown domain', false],
  ])('"%s" against the query "%s": %s', (phrase, query, expected) => {
    expect(contradicts(tokenize(phrase), words(query))).toBe(expected);
  });

  it('finds no contrast words in a query without them', () => {
    expect(contrastSides(tokenize('quota exceeded'))).toBeNull();
  });
});
