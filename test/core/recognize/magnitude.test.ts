/**
 * An order of magnitude is not a value: "on the order of $10 billion", "百亿美元量级", "1000亿级" become
 * kind 'vague' with the interval they state (百亿美元量级 = [100亿, 1000亿)), so they are never judged as
 * the point $10B (a run-rate fact of exactly $10B is no "wrong metric" for them). Near misses: a figure
 * with an ordinary hedge ("about $10 billion") stays a number and is judged; "3级" (a grade) is no
 * magnitude. And wrong-metric never fires when the claim's own measure has a figure for the period that
 * the claim admits.
 * Bundled facts: OpenAI's 2025 revenue projection (~$13B) and $10B annualized revenue (June 2025).
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { flaggedClaim, itIsSilent } from '../bind/flaggedClaim';

const DATE = '2025-06-01';
const read = (text: string, figure: string) => recognizeUnchecked(text).find((q) => q.text === figure);

describe('a magnitude is read as the interval it states', () => {
  it('百亿美元量级 is [100亿, 1000亿)', () => {
    expect(read('收入预计在百亿美元量级。', '百亿美元')).toMatchObject({ kind: 'vague', low: 1e10, high: 1e11, hedge: '量级' });
  });
  it('1000亿级 and 十亿美元级别', () => {
    expect(read('一个1000亿级的市场', '1000亿')).toMatchObject({ kind: 'vague', low: 1e11, high: 1e12 });
    expect(read('营收达到十亿美元级别', '十亿美元')).toMatchObject({ kind: 'vague', low: 1e9, high: 1e10 });
  });
  it('"on the order of $10 billion" is $10B within a factor of √10', () => {
    const q = read('revenue on the order of $10 billion', '$10 billion');
    expect(q).toMatchObject({ kind: 'vague', hedge: 'on the order of' });
    expect(q!.low!).toBeCloseTo(1e10 / Math.sqrt(10), -3);
    expect(q!.high!).toBeCloseTo(1e10 * Math.sqrt(10), -3);
  });
  it('near miss: "about $10 billion" stays a number', () => {
    expect(read('revenue of about $10 billion', '$10 billion')).toMatchObject({ kind: 'money', bound: 'approx' });
  });
  it('near miss: a grade ("3级") is no magnitude', () => {
    expect(read('风险等级为3级', '3')?.kind ?? 'none').not.toBe('vague');
  });
});

describe('a magnitude is not judged as a point', () => {
  itIsSilent(
    [
      ["OpenAI's revenue this year is expected to be in the tens of billions of dollars.", 'tens of billions of dollars'],
      ['OpenAI今年收入预计在百亿美元量级。', '百亿美元'],
      ["OpenAI's revenue this year is on the order of $10 billion.", '$10 billion'],
      ['OpenAI今年收入有望达到百亿美元级别。', '百亿美元'],
      ['OpenAI今年的收入将达到数百亿美元。', '数百亿美元'],
      ["OpenAI's revenue this year should land in the order of $10 billion.", '$10 billion'],
      ["OpenAI's revenue this year is in the ballpark of $10 billion.", '$10 billion'],
      ['OpenAI今年收入有望迈入百亿美元俱乐部。', '百亿美元'],
    ],
    DATE,
  );
});

describe('wrong-metric needs the claim to miss its own measure', () => {
  itIsSilent(
    [
      ["OpenAI's revenue this year is expected to be between $10 billion and $14 billion.", '$10 billion and $14 billion'],
      ['OpenAI今年收入预计超过100亿美元。', '100亿美元'],
    ],
    DATE,
  );

  it('near miss: a point value that misses the revenue figure and is the run-rate is still a wrong metric', () => {
    expect(flaggedClaim("OpenAI's revenue in 2025 is $10 billion.", '$10 billion', DATE).verdicts).toEqual(['wrong-metric']);
  });
});
