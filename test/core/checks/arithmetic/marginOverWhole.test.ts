/**
 * A net or gross margin is over the company's whole revenue (named.ts, namedAsPart): a revenue the
 * paragraph names as a segment's ("云业务收入", "cloud revenue") is not its base, so the margin is not
 * read against it; a revenue named as the whole still is.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

const DATE = '2025-06-01';
const flagged = (text: string) => check(text, { date: DATE }).findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => f.text);

describe("a margin's base is the whole revenue", () => {
  it('a segment revenue written earlier in the paragraph is not the base (Chinese)', () => {
    expect(flagged('腾讯的云业务收入80亿元。全年净利润30亿元，净利率约25%。')).toEqual([]);
    expect(flagged('腾讯广告收入50亿元。毛利20亿元，毛利率约30%。')).toEqual([]);
  });

  it('a segment revenue written earlier in the paragraph is not the base (English)', () => {
    expect(flagged('Tencent’s cloud revenue was $80 billion. Net income was $30 billion, a net margin of about 25%.')).toEqual([]);
  });

  it('near miss: the whole revenue is the base, and a wrong margin over it is flagged', () => {
    expect(flagged('腾讯全年收入80亿元。全年净利润30亿元，净利率约25%。')).toEqual(['25%']);
    expect(flagged('Tencent’s revenue was $80 billion. Net income was $30 billion, a net margin of about 25%.')).toEqual(['25%']);
  });
});

describe("a recorded margin's period", () => {
  it('is not a comparison period whose profit the sentence does not write', () => {
    expect(flagged('英伟达FY2025净利润728.8亿美元，是FY2024的297.6亿美元的约2.4倍，净利率约56%。')).toEqual([]);
  });

  it('near miss: a margin of the period whose profit the sentence writes is still read from the record', () => {
    expect(flagged('英伟达FY2024净利润297.6亿美元，净利率约70%。')).toEqual(['70%']);
  });
});

describe("a recorded margin's period, beside a change", () => {
  it('near miss: a change of the profit is no level of another period, so the recorded margin is still read', () => {
    expect(flagged('英伟达净利润较上年增加了约430亿美元，FY2025的净利率约为70%。')).toEqual(['70%']);
  });
});
