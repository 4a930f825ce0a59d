/**
 * An undated figure stated beside other figures of one source record is dated by that record
 * (statedRecord.ts). Bundled facts: Thinking Machines Lab's seed of July 2025 raised $2B at a $12B
 * valuation; in October 2025 Meta's $27B Hyperion venture left Blue Owl's funds 80% and Meta 20%; Zhipu
 * listed at HK$116.2 and closed its first day at HK$131.5 (HK$579亿 market value).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('an undated figure retold with the other figures of its record', () => {
  // $10B is the round's pre-money valuation (The Information, in the notes of TML-SEED-2025): the
  // figure is the other measure of the same round.
  it('is judged at the record date: the seed round valuation', () => {
    expect(flagged('Thinking Machines Lab raised a $2 billion seed at a $10 billion valuation.', '2025-12-01')).toEqual(['$10 billion fact.wrong-metric']);
  });

  it('and in Chinese', () => {
    expect(flagged('Thinking Machines Lab以100亿美元估值完成20亿美元种子轮融资。', '2025-12-01')).toEqual(['100亿美元 fact.wrong-metric']);
  });

  it('a stake stated with the deal it belongs to', () => {
    expect(flagged("Meta's financing with Blue Owl totals about $27 billion: Blue Owl's funds own 70% of the joint venture.", '2025-12-01')).toEqual(['70% fact.value-mismatch']);
    expect(flagged('Meta与Blue Owl的这笔融资合计约270亿美元，Blue Owl旗下基金持有合资公司70%的股份。', '2025-12-01')).toEqual(['70% fact.value-mismatch']);
  });

  it('leaves the right figure alone', () => {
    expect(flagged('Thinking Machines Lab raised a $2 billion seed at a $12 billion valuation.', '2025-12-01')).toEqual([]);
    expect(flagged('Thinking Machines Lab以120亿美元估值完成20亿美元种子轮融资。', '2025-12-01')).toEqual([]);
  });

  it('leaves a figure open when the sentence states none of the record (another round)', () => {
    expect(flagged("Blue Owl's funds own 70% of the joint venture, which has raised $5 billion so far.", '2025-12-01')).toEqual([]);
    expect(flagged('Blue Owl旗下基金持有该合资公司70%的股份，目前已筹得50亿美元。', '2025-12-01')).toEqual([]);
  });

  it('leaves a figure that is another figure of the record to that figure (the other partner\'s stake)', () => {
    expect(flagged("Meta's financing with Blue Owl totals about $27 billion: Blue Owl's funds own 80% of the joint venture and Meta 20%.", '2025-12-01')).toEqual([]);
  });

  it('leaves a figure open when the record holds two of its measure (an offer price and a close)', () => {
    expect(flagged('智谱发行价116.2港元，首日收报131.5港元，每股涨15.3港元。', '2026-01-10')).toEqual([]);
  });

  it('leaves a figure whose sentence names another date', () => {
    expect(flagged('Thinking Machines Lab raised a $2 billion seed at a $10 billion valuation, and in March 2026 it sought more.', '2026-04-01')).toEqual([]);
  });
});
