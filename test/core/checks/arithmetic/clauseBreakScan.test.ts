import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, lastClauseBreak } from '../../../../server/src/core/checks/arithmetic/cues';

// lastClauseBreak tests character codes instead of running CLAUSE_BREAK on each character: it must give
// the same answer as the pattern for every UTF-16 code unit.
describe('lastClauseBreak', () => {
  it('finds exactly the characters CLAUSE_BREAK matches', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if ((lastClauseBreak(c, 0, 1) === 0) !== CLAUSE_BREAK.test(c)) expect.fail(`U+${code.toString(16)}`);
    }
  });

  it('returns the last break inside the window only', () => {
    const text = 'Revenue rose; costs fell. Margin was 20%！利润增长';
    expect(lastClauseBreak(text, 0, text.length)).toBe(text.indexOf('！'));
    // A full stop is no clause break here (decimal points): the semicolon is the last one before "Margin".
    expect(lastClauseBreak(text, 0, text.indexOf('Margin'))).toBe(text.indexOf(';'));
    expect(lastClauseBreak(text, text.indexOf('costs'), text.indexOf('Margin'))).toBe(-1);
    expect(lastClauseBreak(text, 5, 5)).toBe(-1);
  });
});
