/**
 * An undated list price is the price in force by the draft's date (a price holds from the day it was
 * set until the next one), so its number written in another currency is that price with the wrong
 * currency sign. Only the price in force decides: an older price is another time's figure, and a price
 * not yet set by the draft's date is nothing. Bundled facts: GPT-5 lists at $1.25 input and $10
 * output (from 2025-08-07); o3 launched at $10 / $40 and was cut to $2 / $8 in June 2025.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftAnalysis } from '../../../helpers/draftFindings';

const verdictOf = (text: string, figure: string, date: string) => draftAnalysis(text, date).claims.find((c) => c.quantity.text === figure)?.verdict;

describe('an undated list price written in the other currency', () => {
  it('is a currency slip (Chinese)', () => {
    expect(flagged('GPT-5的输出价格为每百万token 10元，是同档模型里最便宜的。', '2025-09-01')).toEqual(['10元 fact.wrong-currency']);
  });

  it('is a currency slip (English)', () => {
    expect(flagged('GPT-5 charges €10 per million output tokens, the cheapest of the three.', '2025-09-01')).toEqual(['€10 fact.wrong-currency']);
  });
});

describe('near misses: left alone', () => {
  it('the price in force, in its own currency', () => {
    expect(verdictOf('GPT-5的输出价格为每百万token 10美元。', '10美元', '2025-09-01')).toBe('supported');
  });

  it('an older price in the other currency is no slip of the price in force', () => {
    expect(flagged('o3的输入价格为每百万token 10元。', '2025-09-01')).toEqual([]);
  });

  it('a price not yet set by the draft’s date', () => {
    expect(flagged('GPT-5的输出价格为每百万token 10元。', '2025-06-01')).toEqual([]);
  });

  it('a conversion into yuan', () => {
    expect(flagged('GPT-5的输出价格为每百万token 10美元，约合72元。', '2025-09-01')).toEqual([]);
  });
});
