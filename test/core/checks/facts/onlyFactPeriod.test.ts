/**
 * An undated figure of a one-off event (a round, a deal) or a fixed property, whose measure the fact
 * base records for its entity on one date only, is read as that record's figure: it can be another
 * measure's figure or a slip of scale or currency, never a contradiction or another period's figure,
 * and never more than a warning. With the bundled facts (Cognition: one round on record, $400 million
 * at a $10.2 billion valuation; Harvey: two rounds).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftAnalysis } from '../../../helpers/draftFindings';
import { bundledFacts } from '../../../helpers/facts';
import { onlyFactPeriod } from '../../../../server/src/core/checks/facts/onlyFactPeriod';
import type { Period } from '../../../../server/src/core/model';

describe('the only record of a one-off measure dates an undated figure of it', () => {
  it("calls the round's valuation stated as the amount raised a wrong metric (English and Chinese)", () => {
    expect(flagged('Cognition raised $10.2 billion in a round led by Founders Fund.', '2025-10-01')).toEqual(['$10.2 billion fact.wrong-metric']);
    expect(flagged('Cognition融资102亿美元，由Founders Fund领投。', '2025-10-01')).toEqual(['102亿美元 fact.wrong-metric']);
  });

  it('as a warning at most: the date is the record\'s, not the writer\'s', () => {
    const { findings } = draftAnalysis('Cognition raised $10.2 billion in a round led by Founders Fund.', '2025-10-01');
    expect(findings.filter((f) => f.verdict === 'wrong-metric').map((f) => f.severity)).toEqual(['warning']);
  });

  it('supports the figure on record, and contradicts nothing: the base may lack the writer\'s other round', () => {
    expect(flagged('Cognition raised $400 million in a round led by Founders Fund.', '2025-10-01')).toEqual([]);
    expect(flagged('Cognition raised $250 million in a round led by Founders Fund.', '2025-10-01')).toEqual([]);
  });

  it('takes a slip of ten of a round figure for no slip: "$4 billion" may be another round', () => {
    expect(flagged('Cognition raised $4 billion in a round led by Founders Fund.', '2025-10-01')).toEqual([]);
  });

  it('never chooses among several dates on record', () => {
    expect(flagged('Harvey raised $5 billion from its investors.', '2025-10-20')).toEqual([]);
  });
});

describe("the sentence's periods are read only once a record is found (the judge's context scans them on first read)", () => {
  /** The claim of `figure`, and a context whose sentence periods count how often they are read. */
  function reading(text: string, figure: string, periods: Period[]) {
    const claim = draftAnalysis(text, '2025-10-01').claims.find((c) => c.quantity.text === figure);
    if (!claim) throw new Error(`no claim for ${figure}`);
    let reads = 0;
    const context = {
      get sentencePeriods() {
        reads++;
        return periods;
      },
    };
    return { period: onlyFactPeriod(claim, bundledFacts(), context), reads: () => reads };
  }

  it('not for a figure of a measure that is no one-off (revenue), in English and Chinese', () => {
    for (const [text, figure] of [['OpenAI made $3.7 billion of revenue.', '$3.7 billion'], ['OpenAI营收37亿美元。', '37亿美元']]) {
      const r = reading(text, figure, []);
      expect(r.period).toBeUndefined();
      expect(r.reads()).toBe(0);
    }
  });

  it("for the one round on record, whose date a period of the sentence outside it still sets aside", () => {
    const undated = reading('Cognition raised $10.2 billion in a round led by Founders Fund.', '$10.2 billion', []);
    expect(undated.period).toBeDefined();
    expect(undated.reads()).toBe(1);
    const otherYear = reading('Cognition raised $10.2 billion in a round led by Founders Fund.', '$10.2 billion', [{ start: '2019-01-01', end: '2019-12-31', label: '2019' }]);
    expect(otherYear.period).toBeUndefined();
  });

  it('and without them (a context that has none) dates nothing', () => {
    const claim = draftAnalysis('Cognition raised $10.2 billion in a round led by Founders Fund.', '2025-10-01').claims.find((c) => c.quantity.text === '$10.2 billion')!;
    expect(onlyFactPeriod(claim, bundledFacts(), {})).toBeUndefined();
  });
});
