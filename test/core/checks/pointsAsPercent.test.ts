/**
 * Percentage points of growth read as a percent of revenue, and the amounts and totals computed from
 * that misreading (checks/facts/judge.ts percentThatIsPoints, checks/facts/derived.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

const options = sanitizeOptions({ documentDate: '2024-03-28' });
const flagged = (text: string) =>
  analyze(text, { facts: bundledFacts(), options })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.text} ${f.check}`);

describe('percentage points read as percent of revenue', () => {
  it('flags the percents and the amounts converted from them (Chinese)', () => {
    const text = '据微软财务长介绍，过去两个季度微软云业务分别有3%、6%的营收来自AI服务，换算下来分别约为7.3亿和15.5亿美元。';
    expect(flagged(text)).toEqual(['3% fact.wrong-metric', '6% fact.wrong-metric', '7.3亿 fact.wrong-metric', '15.5亿美元 fact.wrong-metric']);
  });

  it('flags them in English too, and a total taken over them', () => {
    const text = 'Microsoft said 3% and 6% of its cloud revenue came from AI in the last two quarters, i.e. $730 million and $1.55 billion. Taken together, that is $2.3 billion of AI revenue.';
    expect(flagged(text)).toEqual([
      '3% fact.wrong-metric',
      '6% fact.wrong-metric',
      '$730 million fact.wrong-metric',
      '$1.55 billion fact.wrong-metric',
      '$2.3 billion fact.wrong-metric',
    ]);
  });

  it('leaves growth rates and unrelated shares alone', () => {
    expect(flagged('Microsoft’s cloud revenue grew 6% last quarter.')).toEqual([]);
    expect(flagged('微软的股价上周上涨了3%，市场情绪回暖。')).toEqual([]);
    expect(flagged('Microsoft paid 3% more for power this year.')).toEqual([]);
  });
});

describe('regressions found by the property tests', () => {
  it('a table row with a total over parts does not throw (seed 441585643)', () => {
    const text = '| h0 |\n|---|\n| $1.6 billion | 百分之三十 | Of the $12 billion, $5 billion went to chips and $4 billion to power, or 75% in total. |  |\n';
    expect(() => analyze(text, { facts: bundledFacts(), options })).not.toThrow();
  });
});

describe('a sentence that itself calls the figure points', () => {
  const messages = (text: string) => analyze(text, { facts: bundledFacts(), options }).findings.filter((f) => f.check === 'fact.wrong-metric').map((f) => f.message);

  it('is no mix-up of the writer: the percent sign stands for the points it names', () => {
    expect(flagged('Applying 3% to the $24.3 billion of segment revenue in the September 2023 quarter yields $729 million, which misleads, since those points describe Azure growth rather than revenue.')).not.toContain('3% fact.wrong-metric');
    expect(flagged('微软在2023年9月季度的云收入中有3%来自AI服务这一说法不对，这几个百分点说的是Azure的增速。')).not.toContain('3% fact.wrong-metric');
  });

  it('near miss: points counted by their own number leave the misread percent flagged', () => {
    expect(flagged('AI added 3 points to Azure growth, so 3% of Azure revenue in the September 2023 quarter came from AI.')).toContain('3% fact.wrong-metric');
  });

  it('names the metric the misreading gives the figure when the binding named none', () => {
    const found = messages('In the September 2023 quarter Azure had revenue of $24.3 billion. Taking 3% of it gives $729 million, a figure that tells little about Azure revenue.');
    expect(found.some((m) => m.startsWith('“3%”'))).toBe(true);
    for (const m of found) expect(m).not.toMatch(/not :/);
  });
});
