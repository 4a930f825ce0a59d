/**
 * A promise of money is filed as what it promises (filedAs.ts, `filedAs` in data/metrics.yaml): a figure
 * bound to a commitment or a planned investment, that nothing of its own metric decides, is judged as
 * the investment pledged or the contract's value, only to show it right or of another time, and only
 * when exactly one of those metrics decides. Bundled facts: Google's up-to-$2B for Anthropic (October
 * 2023), CoreWeave's $11.9B contract with OpenAI (March 2025), Nvidia's up-to-$100B letter of intent
 * with OpenAI (September 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';
const ALL = ['error', 'warning', 'information'] as const;
const verdictOf = (text: string, span: string) => draftAnalysis(text, DATE).claims.find((c) => c.quantity.text.startsWith(span))?.verdict;

describe('a commitment is judged as the investment it pledges', () => {
  it('dates a commitment by the investment on record (English and Chinese)', () => {
    expect(draftFindings('Google committed up to $2 billion to Anthropic in October 2024.', DATE)).toEqual(['$2 billion fact.wrong-period warning']);
    expect(draftFindings('2024年10月，谷歌承诺向Anthropic提供最多20亿美元。', DATE)).toEqual(['20亿美元 fact.wrong-period warning']);
  });

  it('the investment\'s own date supports it', () => {
    expect(verdictOf('Google committed up to $2 billion to Anthropic in October 2023.', '$2 billion')).toBe('supported');
    expect(verdictOf('2023年10月，谷歌承诺向Anthropic提供最多20亿美元。', '20亿美元')).toBe('supported');
  });
});

describe('a commitment is judged as the contract it signs', () => {
  it('dates a committed contract by the deal on record (English and Chinese)', () => {
    expect(draftFindings('OpenAI committed $11.9 billion to CoreWeave in March 2024.', DATE)).toEqual(['$11.9 billion fact.wrong-period warning']);
    expect(draftFindings('2024年3月，OpenAI承诺向CoreWeave支付119亿美元。', DATE)).toEqual(['119亿美元 fact.wrong-period warning']);
  });
});

describe('near misses', () => {
  it('a stand-in metric never contradicts: another amount stays unchecked', () => {
    expect(verdictOf('Google committed $3 billion to Anthropic in October 2023.', '$3 billion')).toBe('unverifiable');
    expect(draftFindings('2023年10月，谷歌承诺向Anthropic提供30亿美元。', DATE, ALL)).toEqual([]);
  });

  it('a planned investment for a period still to come is scheduled, not misdated', () => {
    expect(draftFindings('Nvidia plans to invest $100 billion in OpenAI in 2027.', DATE, ALL)).toEqual([]);
    expect(draftFindings('英伟达2027年的计划投资约为1000亿美元。', DATE, ALL)).toEqual([]);
  });
});

describe('a plan filed as an investment whose family holds the plan again', () => {
  // A planned investment is filed as the investment, and the investment's family holds the plan: the
  // stand-in's judgement must not file the claim again (it once recursed until the stack overflowed).
  it('checks a multi-year spending promise without looping (English and Chinese)', () => {
    expect(() => draftAnalysis('Alibaba has committed to invest RMB 380 billion over three years in cloud and AI infrastructure.', DATE)).not.toThrow();
    expect(() => draftAnalysis('## 阿里巴巴\n\n公司管理层此前承诺三年投入3,800亿元建设云与AI基础设施。', DATE)).not.toThrow();
  });
});
