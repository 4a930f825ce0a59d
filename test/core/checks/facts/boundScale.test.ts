/**
 * An open bound that is the source's own open bound times a power of ten ("超过100万" where the source
 * says over 10 million) is a slip of scale, though two bounds on the same side always meet. Only for the
 * claim's stated period, only at an exact power of ten, and never against an exact figure (see
 * openBoundScale.test.ts). Bundled fact: the Qwen app's first-week downloads, over 10 million (Nov 2025).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const date = '2025-12-01';

describe('an open bound with a slipped scale', () => {
  it('is off by a factor of ten (Chinese)', () => {
    expect(flagged('千问App于2025年11月上线,首周下载量就超过了100万次。', date)).toEqual(['100万次 fact.wrong-scale']);
  });

  it('and in English', () => {
    expect(flagged('In November 2025 the Qwen app passed more than 1 million downloads in its first week.', date)).toEqual([
      '1 million fact.wrong-scale',
    ]);
  });

  it('not the source’s own bound', () => {
    expect(flagged('千问App于2025年11月上线,首周下载量就超过了1000万次。', date)).toEqual([]);
    expect(flagged('In November 2025 the Qwen app passed more than 10 million downloads in its first week.', date)).toEqual([]);
  });

  it('not a weaker bound that is no power of ten away', () => {
    expect(flagged('千问App于2025年11月上线,首周下载量就超过了500万次。', date)).toEqual([]);
    expect(flagged('In November 2025 the Qwen app passed more than 5 million downloads in its first week.', date)).toEqual([]);
  });

  it('not without a stated period', () => {
    expect(flagged('千问App首周下载量超过100万次。', date)).toEqual([]);
  });

  it('not a bound on the other side', () => {
    expect(flagged('In November 2025 the Qwen app had fewer than 1 million downloads in its first week.', date)).not.toContain('1 million fact.wrong-scale');
  });
});
