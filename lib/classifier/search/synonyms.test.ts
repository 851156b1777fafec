import { describe, expect, it } from 'vitest';
import { synonymsOf } from './synonyms';
import { stem } from './text';

describe('synonymsOf', () => {
  it.each([
    ['returned', ['bounce', 'undeliverable', 'undelivered']],
    ['blocked', ['rejected', 'refused']],
    ['junk', ['spam']],
    ['mailbox', []],
  ])('%s → %j', (word, expected) => expect(synonymsOf(stem(word))).toEqual(expected.map(stem)));
});
