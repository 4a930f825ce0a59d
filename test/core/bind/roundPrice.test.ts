/**
 * A valuation given as the price of a round raised (以X估值融资, "raised … at a $X valuation") is dated as
 * the round is: its year-end is the year's last weeks, approximate (bind/roundPrice.ts, read by
 * settlePeriod.ts eventAtYearEnd). A valuation merely stated at the year's end keeps the last day.
 * Bundled facts: Perplexity's round valued it at $9 billion (reported 2024-11-05).
 */
import { describe, expect, it } from 'vitest';
import { valuationOfRaise } from '../../../server/src/core/bind/roundPrice';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-09-20';
const periodOf = (text: string, figure: string) => {
  const p = analyzedClaim(text, figure, DATE)?.period;
  return p ? `${p.value.start}..${p.value.end}${p.approximate ? ' ~' : ''}` : undefined;
};
const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

describe('valuationOfRaise', () => {
  it('reads the round wording around the figure', () => {
    const zh = '年末，该公司以约20亿美元的投后估值完成新一轮融资。';
    expect(valuationOfRaise(zh, at(zh, '20亿美元'))).toBe(true);
    const en = 'The start-up raised $300 million at a $2 billion valuation.';
    expect(valuationOfRaise(en, at(en, '$2 billion'))).toBe(true);
  });

  it('near misses: a valuation stated, or a tender offer', () => {
    const zh = '年末该公司估值约为20亿美元。';
    expect(valuationOfRaise(zh, at(zh, '20亿美元'))).toBe(false);
    const en = 'A tender offer valued the start-up at $2 billion.';
    expect(valuationOfRaise(en, at(en, '$2 billion'))).toBe(false);
  });
});

describe('the year-end of a round’s valuation is the last weeks of the year', () => {
  it('Chinese: 2024年底以…估值完成融资', () => {
    const zh = '2024年底，Perplexity以约90亿美元的投后估值完成新一轮融资。';
    expect(periodOf(zh, '90亿美元')).toBe('2024-10-01..2024-12-31 ~');
    expect(draftFindings(zh, DATE)).toEqual([]);
  });

  it('English: raised … at a $9 billion valuation at the end of 2024', () => {
    const en = 'Perplexity raised new money at a $9 billion valuation at the end of 2024.';
    expect(periodOf(en, '$9 billion')).toBe('2024-10-01..2024-12-31 ~');
    expect(draftFindings(en, DATE)).toEqual([]);
  });

  it('near miss: a valuation stated at the year-end keeps the last day', () => {
    expect(periodOf('2024年底，Perplexity的估值约为90亿美元。', '90亿美元')).toBe('2024-12-31..2024-12-31');
  });
});
