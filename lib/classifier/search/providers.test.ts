import { describe, expect, it } from 'vitest';
import { namesProvider } from './providers';
import { tokenize } from './text';

describe('namesProvider', () => {
  it.each([
    ['Microsoft 365', 'my hotmail email bounced', true],
    ['Microsoft 365', 'outlook blocked my account', true],
    ['Yahoo', 'aol mail rejected', true],
    ['Gmail', '5.7.26 gmail', true],
    ['Mimecast', 'mimecast blocked', true],
    ['Gmail', 'mailbox full', false],
    ['Yahoo', 'outlook blocked my account', false],
  ])('%s in "%s": %s', (origin, query, expected) => expect(namesProvider(origin, new Set(tokenize(query)))).toBe(expected));
});
