/**
 * Total and segment revenue swapped: a figure the writer calls the company's total revenue that is a
 * segment's (data center), or a segment's column holding the company's total. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('total revenue that is a segment\'s figure', () => {
  it('is a wrong metric, not a contradiction (English)', () => {
    expect(flagged("In the July quarter, Nvidia's total revenue was $10.3 billion.", '2024-03-01')).toEqual(['$10.3 billion fact.wrong-metric']);
  });

  it('and in Chinese (总营收)', () => {
    expect(flagged('英伟达2024财年第二季度总营收为103.2亿美元。', '2024-03-01')).toEqual(['103.2亿美元 fact.wrong-metric']);
  });

  it('supports the true total, and leaves the segment\'s own figure alone', () => {
    expect(flagged("In the July quarter, Nvidia's total revenue was $13.5 billion.", '2024-03-01')).toEqual([]);
    expect(flagged("In the July quarter, Nvidia's data-center revenue was $10.3 billion.", '2024-03-01')).toEqual([]);
  });

  it('needs the word "total": plain revenue in a sentence about the segment is not called a mix-up', () => {
    expect(flagged('英伟达数据中心业务2024财年第二季度营收为103.2亿美元。', '2024-03-01')).toEqual([]);
    expect(flagged("Nvidia's data-center business had revenue of $10.3 billion in the July quarter.", '2024-03-01')).toEqual([]);
  });

  it('needs the segment figure of the same period, not one inside a longer period', () => {
    expect(flagged("Nvidia's total revenue in fiscal 2024 was $10.3 billion.", '2024-03-01')).not.toContain('$10.3 billion fact.wrong-metric');
  });
});

describe('a segment column holding the company\'s total', () => {
  const table = ['## Nvidia FY25', '', '| Quarter | Revenue | Data center |', '|---|---|---|'];

  it('is a wrong metric', () => {
    expect(flagged([...table, '| Q4 (Jan) | $39.3B | $39.3B |'].join('\n'), '2025-03-01')).toEqual(['$39.3B fact.wrong-metric']);
  });

  it('is supported with the segment\'s own figure', () => {
    expect(flagged([...table, '| Q4 (Jan) | $39.3B | $35.6B |'].join('\n'), '2025-03-01')).toEqual([]);
  });
});
