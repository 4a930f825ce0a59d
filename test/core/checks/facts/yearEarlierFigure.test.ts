/**
 * A figure said to be a year back ("compares with $7.2 billion a year earlier", "against … a year ago",
 * 去年同期为…) is the figure of the span one year before the sentence's own period (bind/yearEarlier.ts).
 * An undated one retold beside a record's figures is judged at the record's period a year back, not at
 * the record's own (judge.ts judgeAsRecordFigure). Bundled facts: AWS's Q4 2024 operating income $10.6B
 * on sales of $28.8B, and Q4 2023's $7.2B (from the notes of AWS-Q4-2024-REV).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { aYearBack, saidAYearEarlier } from '../../../../server/src/core/bind/yearEarlier';

const DATE = '2025-02-12';

describe('a figure said to be a year back is not the record’s figure', () => {
  it.each([
    "AWS's operating income of $10.6 billion compares with $7.2 billion a year earlier, an increase of $3.4 billion.",
    "AWS's operating income of $10.6 billion compares with $7.4 billion a year earlier, on sales of $28.8 billion.",
    "AWS's operating income came to $10.6 billion on sales of $28.8 billion, against $7.2 billion a year ago.",
    '2024年第四季度AWS营业利润为106亿美元，去年同期为72亿美元。',
  ])('%s', (text) => {
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('near miss: the same figure retold as the record’s own is still wrong', () => {
    // The year-earlier quarter's figure, told as the latest one's: stale.
    expect(flagged("AWS's sales of $28.8 billion came with operating income of $7.2 billion.", DATE)).toEqual(['$7.2 billion fact.stale']);
  });
});

describe('reading the words', () => {
  const at = (text: string, figure: string) => {
    const start = text.indexOf(figure);
    return saidAYearEarlier(text, start, start + figure.length);
  };

  it('after the figure in English, before it in Chinese', () => {
    expect(at('compares with $7.2 billion a year earlier', '$7.2 billion')).toBe(true);
    expect(at('against $7.2 billion one year ago', '$7.2 billion')).toBe(true);
    expect(at('versus $7.2 billion in the year-earlier quarter', '$7.2 billion')).toBe(true);
    expect(at('营业利润106亿美元，去年同期为约72亿美元', '72亿美元')).toBe(true);
    expect(at('营业利润106亿美元，一年前只有72亿美元', '72亿美元')).toBe(true);
  });

  it('near misses: a rate a year and a figure a year later', () => {
    expect(at('it earns $7.2 billion a year', '$7.2 billion')).toBe(false);
    expect(at('$7.2 billion a year later', '$7.2 billion')).toBe(false);
    expect(at('营业利润72亿美元，去年同期为65亿美元', '72亿美元')).toBe(false);
  });

  it('a year back keeps the span: Q4 2024 → Q4 2023', () => {
    expect(aYearBack({ start: '2024-10-01', end: '2024-12-31', label: 'Q4 2024' })).toEqual({ start: '2023-10-01', end: '2023-12-31', label: 'Q4 2024, a year earlier' });
    expect(aYearBack({ start: '2024-01-01', end: '2024-02-29', label: 'Jan–Feb 2024' })?.end).toBe('2023-02-28');
  });
});
