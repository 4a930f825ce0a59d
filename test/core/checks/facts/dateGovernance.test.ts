/**
 * A date before a figure governs it beyond doubt (so a contradiction or a wrong period may warn) when no
 * comparison can give the figure another period and no figure of another statement stands between.
 * The date's own words ("去年8月", "last August") opening the sentence, and a cue naming the event the
 * date dates ("上一轮融资", "previous round"), are no comparison; a second measure in the figure's own
 * clause ("以45亿美元估值融资…") is the same statement. A misdated round is told once, on its first figure.
 */
import { describe, expect, it } from 'vitest';
import { comparisonBesideDate } from '../../../../server/src/core/checks/facts/dateGovernance';
import { flagged } from '../../../helpers/flagged';

function cueBeside(sentence: string, date: string): boolean {
  const at = sentence.indexOf(date);
  return comparisonBesideDate(sentence, at, at + date.length);
}

describe('comparisonBesideDate', () => {
  it('not the relative date that opens the sentence', () => {
    expect(cueBeside('去年8月,该公司以30亿美元估值融资5亿美元。', '去年8月')).toBe(false);
    expect(cueBeside('Last August, the company raised $500 million.', 'Last August')).toBe(false);
  });

  it('but a relative date further on dates the earlier figure of a comparison', () => {
    expect(cueBeside('年化收入在3月底达到5000万美元,去年底为2000万美元,增长约1.5倍。', '去年底')).toBe(true);
  });

  it('not a cue before the date that names the round the date dates', () => {
    expect(cueBeside('该公司的上一轮融资在2021年5月完成,估值约30亿美元。', '2021年5月')).toBe(false);
    expect(cueBeside("The company's previous round closed in May 2021 at a $3 billion valuation.", 'May 2021')).toBe(false);
  });

  it('still a comparison elsewhere in the sentence', () => {
    expect(cueBeside('2024年营收5亿元,比上年增长一倍。', '2024年')).toBe(true);
    expect(cueBeside('Compared with 2023, revenue doubled to $10 billion.', '2023')).toBe(true);
    expect(cueBeside('In 2024 revenue was $5 billion, up from $3 billion.', '2024')).toBe(true);
  });
});

describe('a relative date opening the sentence governs a round stated with two measures', () => {
  it('contradicts the amount of a round dated "last August" (Chinese)', () => {
    expect(flagged('去年8月,Hugging Face以45亿美元的估值融资3.25亿美元。', '2024-03-01')).toEqual(['3.25亿美元 fact.value-mismatch']);
  });

  it('and in English', () => {
    expect(flagged('Last August, Hugging Face raised $325 million at a $4.5 billion valuation.', '2024-03-01')).toEqual([
      '$325 million fact.value-mismatch',
    ]);
  });

  it('leaves the correct amount alone', () => {
    expect(flagged('去年8月,Hugging Face以45亿美元的估值融资2.35亿美元。', '2024-03-01')).toEqual([]);
    expect(flagged('Last August, Hugging Face raised $235 million at a $4.5 billion valuation.', '2024-03-01')).toEqual([]);
  });

  it('but not a second figure of the same measure, which may be another company’s', () => {
    expect(flagged('2025年3月,xAI估值800亿美元,X估值330亿美元。', '2025-04-01')).toEqual([]);
    expect(flagged('In March 2025 xAI was valued at $80 billion and X at $33 billion.', '2025-04-01')).toEqual([]);
  });
});

describe('the date of "the previous round" is that round’s', () => {
  it('contradicts the valuation of the round it dates (Chinese)', () => {
    expect(flagged('Stability AI的上一轮融资在2022年10月完成,估值约20亿美元。', '2024-03-01')).toEqual(['20亿美元 fact.value-mismatch']);
  });

  it('and in English', () => {
    expect(flagged("Stability AI's previous round closed in October 2022, at a valuation of about $2 billion.", '2024-03-01')).toEqual([
      '$2 billion fact.value-mismatch',
    ]);
  });

  it('leaves the correct valuation alone', () => {
    expect(flagged('Stability AI的上一轮融资在2022年10月完成,估值约10亿美元。', '2024-03-01')).toEqual([]);
    expect(flagged("Stability AI's previous round closed in October 2022, at a valuation of about $1 billion.", '2024-03-01')).toEqual([]);
  });

  it('a misdated round is one mistake, told on its first figure (Chinese)', () => {
    expect(flagged('Cohere的上一轮融资在2022年6月完成,以22亿美元估值融资2.7亿美元。', '2024-03-01')).toEqual(['22亿美元 fact.wrong-period']);
  });

  it('and in English', () => {
    expect(flagged("Cohere's previous round closed in June 2022, raising $270 million at a $2.2 billion valuation.", '2024-03-01')).toEqual([
      '$270 million fact.wrong-period',
    ]);
  });
});

describe('由 naming who led a round is no comparison (由a16z领投)', () => {
  it('comparisonBesideDate: an agent is not "from"', () => {
    expect(cueBeside('去年6月,它宣布完成3.85亿欧元的A轮融资,由a16z领投。', '去年6月')).toBe(false);
    expect(cueBeside('2023年12月,该公司完成融资,由阿里巴巴牵头。', '2023年12月')).toBe(false);
  });

  it('but 由 before a figure or a time is where a change starts', () => {
    expect(cueBeside('2024年,使用AI的企业比例由55%升至78%。', '2024年')).toBe(true);
    expect(cueBeside('2024年,营收由去年的3亿元增至5亿元。', '2024年')).toBe(true);
  });

  it('so the date that opens the sentence governs the round: a misdated round warns', () => {
    expect(flagged('2023年6月,Mistral AI宣布完成3.85亿欧元的A轮融资,由a16z领投。', '2024-03-01')).toEqual(['3.85亿欧元 fact.wrong-period']);
  });

  it('and the round on its own date is left alone', () => {
    expect(flagged('2023年12月,Mistral AI宣布完成3.85亿欧元的A轮融资,由a16z领投。', '2024-03-01')).toEqual([]);
  });
});
