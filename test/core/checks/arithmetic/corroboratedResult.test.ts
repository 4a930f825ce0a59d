/**
 * A relation that does not hold, whose result and all operands but one are each on record for one entity
 * and one measure, is wrong in the operand left: the result is not blamed (checks/arithmetic/
 * corroboratedResult.ts). Bundled facts: DeepSeek-V3's training GPU-hours (2.664M pre-training, 119K
 * context extension, 5K post-training, 2.788M in all) and the Bartz settlement (at least $1.5 billion).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

const DATE = '2025-06-01';
const stages = (pre: string, ext: string, post: string, total: string) =>
  `## DeepSeek-V3的训练开销\n\n| 训练阶段 | GPU小时 |\n|---|---|\n| 预训练 | ${pre} |\n| 长上下文扩展 | ${ext} |\n| 后训练 | ${post} |\n| 总计 | ${total} |\n`;
const severityOf = (text: string, figure: string) => check(text, { date: DATE }).findings.find((f) => f.text === figure)?.severity;

describe('a total the record vouches for, with all parts but one', () => {
  it('zh table: the one part off the record is the mistake, not the total', () => {
    expect(severityOf(stages('2,864K', '119K', '5K', '2,788K'), '2,788K')).toBe('information');
  });

  it('en table: the same with an English header', () => {
    const text = '## DeepSeek-V3 training\n\n| Stage | GPU hours |\n|---|---|\n| Pre-training | 2,864K |\n| Context extension | 119K |\n| Post-training | 5K |\n| Total | 2,788K |\n';
    expect(severityOf(text, '2,788K')).toBe('information');
  });

  it('near miss: with two parts off the record nothing vouches enough, and the total is blamed', () => {
    expect(severityOf(stages('2,864K', '117K', '5K', '2,788K'), '2,788K')).toBe('error');
  });

  it('near miss: a result met only by an open bound of the record ("at least") vouches for nothing', () => {
    const text = '## Liability\n\nThe Bartz settlement is at least $1.5 billion: about $3,000 per work for roughly 500,000 books, i.e. $15 billion if paid in full.\n';
    expect(severityOf(text, '$15 billion')).toBe('error');
  });
});

/**
 * One record of one event (ZHIPU-HK-IPO: offer HK$116.2, first-day close HK$131.5, gain 13.17% on the
 * listing day): a close whose measure is not written vouches with the gain, so a wrong offer price is
 * the mistake, not the gain.
 */
describe('members of one record of one day vouch for each other', () => {
  const DAY = '2026-01-20';
  const listing = (offer: string, gain: string) => `智谱1月8日挂牌，招股价为${offer}，首日收于131.5港元，较招股价上涨${gain}。\n`;
  const sev = (text: string, figure: string) => check(text, { date: DAY }).findings.find((f) => f.text === figure && f.check === 'arith.growth')?.severity;

  it('a recorded gain is not blamed for an offer price off the record', () => {
    expect(sev(listing('120.4港元', '13.17%'), '13.17%')).toBe('information');
  });

  it('near miss: a gain that is off the record itself stays blamed', () => {
    expect(sev(listing('120.4港元', '15.2%'), '15.2%')).toBe('warning');
  });
});
