import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compile-hint';

describe('withCompileHint', () => {
  it('puts the hint on the first line', () => {
    expect(withCompileHint('(()=>{})()')).toBe(`${COMPILE_HINT}(()=>{})()`);
  });
  it('does not add it twice', () => {
    expect(withCompileHint(withCompileHint('x()'))).toBe(`${COMPILE_HINT}x()`);
  });
});
