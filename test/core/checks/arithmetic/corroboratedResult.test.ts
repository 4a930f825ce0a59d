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
