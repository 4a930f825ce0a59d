/**
 * A precise money figure whose period is only borrowed from an earlier sentence: the borrowed period is
 * a guess, so the figure is judged like an undated one, and a currency swap of a figure known by the
 * document's date is a slip (wrong-currency). Bundled facts: Zhipu's 2022–2024 revenue in yuan.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a precise figure under a borrowed period, in the wrong currency', () => {
  it('is a currency slip even though the nearest earlier period is another year (Chinese)', () => {
    expect(flagged('# 智谱AI的收入\n\n收入较2022年翻了几番。全年收入3.12亿美元,已跻身第一梯队。', '2025-12-28')).toEqual(['3.12亿美元 fact.wrong-currency']);
  });

  it('and in English', () => {
    expect(flagged("Zhipu's sales have grown several times over since 2022. Revenue of $312 million puts it near the top of China's model makers.", '2025-12-28')).toEqual(['$312 million fact.wrong-currency']);
  });

  it('leaves a round figure alone: "3亿美元" could be anything', () => {
    expect(flagged('# 智谱AI的收入\n\n收入较2022年翻了几番。全年收入3亿美元,已跻身第一梯队。', '2025-12-28')).toEqual([]);
  });

  it('leaves a period written in the sentence to decide (a precise figure of another year stays unjudged)', () => {
    expect(flagged('# 智谱AI的收入\n\n2022年收入为3.12亿美元,已跻身第一梯队。', '2025-12-28')).toEqual([]);
  });

  it('leaves the figure in its own currency alone', () => {
    expect(flagged('# 智谱AI的收入\n\n收入较2022年翻了几番。全年收入3.12亿元,已跻身第一梯队。', '2025-12-28')).toEqual([]);
  });
});

/**
 * A figure stated as of the document's date ("this round") is the newest on record: written with the
 * digits of that figure but in another currency, it is a currency slip even when not hedged or precise.
 * Bundled facts: Mistral AI's rounds in euros (Series B €600M, June 2024; Series A €385M, Dec 2023).
 */
describe('the current figure written in another currency', () => {
  it('is a currency slip (Chinese)', () => {
    expect(flagged('# Mistral AI的新一轮融资\n\n目前这一轮融资为6亿美元,在欧洲创业公司里数一数二。', '2024-06-20')).toEqual(['6亿美元 fact.wrong-currency']);
  });

  it('and in English', () => {
    expect(flagged('# Mistral AI closes a new round\n\nSo far the round has raised $0.6 billion, one of the largest for a European start-up.', '2024-06-20')).toEqual(['$0.6 billion fact.wrong-currency']);
  });

  it('not in its own currency', () => {
    expect(flagged('# Mistral AI的新一轮融资\n\n目前这一轮融资为6亿欧元,在欧洲创业公司里数一数二。', '2024-06-20')).toEqual([]);
  });

  it('not for a figure that converts the current one instead of copying its digits', () => {
    expect(flagged('# Mistral AI closes a new round\n\nThe round raised $645 million, one of the largest for a European start-up.', '2024-06-20')).toEqual([]);
  });

  it('not before that figure was on record: then an older figure is the current one', () => {
    expect(flagged('# Mistral AI closes a new round\n\nSo far the round has raised $0.6 billion, one of the largest for a European start-up.', '2024-03-01')).toEqual([]);
  });
});
