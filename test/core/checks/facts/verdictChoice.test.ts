/**
 * Choosing among verdicts that all fit: a threshold crossed is a milestone's moment, a floor of another
 * period places no figure, and a figure written to the last digit that is exactly another metric's is
 * that metric's. English and Chinese, with the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a threshold crossed belongs to the milestone that records its crossing', () => {
  it('a first crossing dated before the milestone is a wrong period, not a slip of scale (Chinese)', () => {
    expect(flagged('2024年2月23日,英伟达市值盘中首次突破3万亿美元。', '2025-11-05')).toEqual(['3万亿美元 fact.wrong-period']);
  });

  it('and in English', () => {
    expect(flagged('On February 23, 2024, Nvidia’s market cap topped $3 trillion for the first time.', '2025-11-05')).toEqual([
      '$3 trillion fact.wrong-period',
    ]);
  });

  it('the crossing on its own day, and being over the threshold after it, are not flagged', () => {
    expect(flagged('2024年2月23日,英伟达市值盘中首次突破2万亿美元。', '2025-11-05')).toEqual([]);
    expect(flagged('2024年7月10日,英伟达市值突破3万亿美元。', '2025-11-05')).toEqual([]);
    expect(flagged('On July 10, 2024, Nvidia’s market cap topped $3 trillion.', '2025-11-05')).toEqual([]);
  });
});

describe('a floor of another period does not place a figure', () => {
  it('a round of the stated month off by ten is a slip of scale, not the later "at least" figure (Chinese)', () => {
    expect(flagged('2023年6月那一轮,Cohere融资额为27亿美元。', '2024-04-01')).toEqual(['27亿美元 fact.wrong-scale']);
  });

  it('and in English', () => {
    expect(flagged('In June 2023, Cohere raised $2.7 billion.', '2024-04-01')).toEqual(['$2.7 billion fact.wrong-scale']);
  });

  it('the right figure for the month is not flagged', () => {
    expect(flagged('2023年6月那一轮,Cohere融资额为2.7亿美元。', '2024-04-01')).toEqual([]);
  });
});

describe('a figure written to the last digit that is exactly another metric of the same period', () => {
  it('is that metric: R&D stated at the net loss (Chinese)', () => {
    expect(flagged('智谱2024年的研发投入为29.58亿元。', '2026-01-05')).toEqual(['29.58亿元 fact.wrong-metric']);
  });

  it('and in English', () => {
    expect(flagged('Zhipu AI’s R&D expense in 2024 was RMB 2.958 billion.', '2026-01-05')).toEqual(['RMB 2.958 billion fact.wrong-metric']);
  });

  it('but not a round figure, which may be a coincidence: that is a plain mismatch', () => {
    expect(flagged('智谱2024年的研发投入为30亿元。', '2026-01-05')).toEqual(['30亿元 fact.value-mismatch']);
  });

  it('nor when the sentence names the other metric for that figure', () => {
    expect(flagged('智谱2024年的研发投入为21.95亿元,净亏损为29.58亿元。', '2026-01-05')).toEqual([]);
  });
});

describe('a period written in the number’s own clause is the writer’s', () => {
  it('another period of the sentence with the same figure does not excuse it (Chinese)', () => {
    expect(flagged('Harvey在2025年6月融资3亿美元时估值80亿美元,10月的80亿美元是年初的2.7倍。', '2025-12-01')).toEqual(['80亿美元 fact.wrong-period']);
  });

  it('and in English', () => {
    expect(flagged('Harvey was valued at $8 billion in June 2025; the $8 billion of October 2025 is 2.7 times its February value.', '2025-12-01')).toEqual([
      '$8 billion fact.wrong-period',
    ]);
  });

  it('but a period of the same clause still places the figure the binder gave another one', () => {
    expect(flagged("Baidu's revenue was RMB 134.6 billion for 2023 and RMB 35.0 billion for the fourth quarter.", '2024-03-01')).toEqual([]);
    expect(flagged('Harvey在2025年6月估值50亿美元,10月估值80亿美元。', '2025-12-01')).toEqual([]);
  });
});

describe('a date opening the sentence, past a figure of another kind', () => {
  it('still governs the figure after it (Chinese)', () => {
    expect(flagged('1月27日,英伟达股价下跌17%,市值单日蒸发约4000亿美元,创下美股纪录。', '2025-03-01')).toEqual(['4000亿美元 fact.value-mismatch']);
  });

  it('and in English', () => {
    expect(flagged('On 27 January 2025, Nvidia shares fell 17%, a single-day loss of about $400 billion.', '2025-03-01')).toEqual([
      '$400 billion fact.value-mismatch',
    ]);
  });

  it('but not past a figure of the same kind, which may be the date’s own', () => {
    expect(flagged('2025年3月,xAI估值800亿美元,X估值330亿美元。', '2025-04-01')).toEqual([]);
  });
});
