/** Header-like blocks: folded fields join as written, however many folds (how the work grows: npm run bench:analyze). */
import { describe, expect, it } from 'vitest';
import { readFields } from './header-block';

const CASES: Array<[string, string, Array<{ name: string; value: string; line: string }>]> = [
  ['one field', 'Subject: hello', [{ name: 'subject', value: 'hello', line: 'Subject: hello' }]],
  ['folded with spaces and tabs', 'Subject: a\n  b\n\tc', [{ name: 'subject', value: 'a b c', line: 'Subject: a b c' }]],
  ['value only on the continuation', 'Diagnostic-Code:\n smtp; 550 5.1.1', [{ name: 'diagnostic-code', value: 'smtp; 550 5.1.1', line: 'Diagnostic-Code: smtp; 550 5.1.1' }]],
  ['a broken line keeps the field open', 'Subject: a\nnot a field\n b', [{ name: 'subject', value: 'a b', line: 'Subject: a b' }]],
  ['stops at the blank line', 'To: x@example.org\n\nFrom: y@example.org', [{ name: 'to', value: 'x@example.org', line: 'To: x@example.org' }]],
];

const folded = (n: number) => `X-Folded: start${'\n a'.repeat(n)}\nSubject: after`;

describe('readFields', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(readFields(text)).toEqual(expected);
  });

  it('joins 100,000 folds into one value', () => {
    const fields = readFields(folded(100_000));
    expect(fields.map((f) => f.name)).toEqual(['x-folded', 'subject']);
    expect(fields[0]?.value.length).toBe('start'.length + 2 * 100_000);
  });

});
