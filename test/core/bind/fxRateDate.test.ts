/**
 * A date that qualifies an exchange rate dates the rate only, not the price converted with it
 * (bind/fxRateDate.ts). With the bundled facts (GPT-4 Turbo's list price of $30 per million output
 * tokens, announced in November 2023; USD/CNY rates).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-01-15';

describe("an exchange rate's date is not the price's", () => {
  itIsSilent(
    [
      ['GPT-4 Turbo输出价每百万token 30美元，按2024年12月月均汇率7.28约合218元。', '30美元'],
      ['按2024年12月月均汇率7.28计算，GPT-4 Turbo输出价每百万token 30美元，约合218元。', '30美元'],
      ['GPT-4 Turbo的输出价格为每百万token 30美元，以2024年12月的汇率换算约合218元人民币。', '30美元'],
      ['GPT-4 Turbo输出价每百万token 30美元（按2024年12月月均汇率7.28约合218元）。', '30美元'],
      ['GPT-4 Turbo charges $30 per million output tokens, about ¥218 at the December 2024 average rate.', '$30'],
      ["At the December 2024 exchange rate of 7.28, GPT-4 Turbo's $30 per million output tokens is about 218 yuan.", '$30'],
      ["GPT-4 Turbo output costs $30 per million tokens, or about 218 yuan at December 2024's average exchange rate.", '$30'],
    ],
    DATE,
  );

  it('keeps the date for the rate itself', () => {
    const { claim } = flaggedClaim('GPT-4 Turbo输出价每百万token 30美元，按2024年12月月均汇率7.28约合218元。', '7.28', DATE);
    expect(claim?.period?.value.start).toBe('2024-12-01');
  });

  it("still dates a price by its own date, and still flags a wrong price", () => {
    expect(flaggedClaim('In December 2024, GPT-4 Turbo charged $60 per million output tokens.', '$60', DATE).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('GPT-4 Turbo输出价每百万token 60美元，按2024年12月月均汇率7.28约合437元。', '60美元', DATE).verdicts).toEqual(['contradicted']);
  });
});

describe("a rate's date with the rate written before 汇率 / rate", () => {
  // Baichuan's October 2023 round: $300M, about 22亿元 (bundled facts), converted at a September rate.
  it('the converted amount keeps the round\'s month, the rate keeps its own date', () => {
    const text = '百川智能10月宣布完成3亿美元A1轮融资，按9月末7.296的汇率，约合22亿元。';
    expect(flaggedClaim(text, '22亿元', '2023-12-10').claim?.period?.value.start).toBe('2023-10-01');
    expect(flaggedClaim(text, '7.296', '2023-12-10').claim?.period?.value.start).toBe('2023-09-21');
  });

  itIsSilent(
    [
      ['GPT-4 Turbo charges $30 per million output tokens, about ¥218 at the December 2024 H.10 rate.', '$30'],
      ['GPT-4 Turbo输出价每百万token 30美元，按2024年12月7.28的汇率约合218元。', '30美元'],
    ],
    DATE,
  );

  it('a date that is not a rate\'s still dates the amount after it', () => {
    const text = '百川智能10月宣布完成3亿美元A1轮融资，9月末约合22亿元。';
    expect(flaggedClaim(text, '22亿元', '2023-12-10').claim?.period?.value.start).toBe('2023-09-21');
  });
});

describe('a rate phrase anywhere in the sentence dates only the rate', () => {
  // OpenAI's $300 billion valuation was announced on 31 March 2025 (bundled facts); the year dates the rate.
  itIsSilent(
    [
      ["At the 2024 average rate of 7.1957, OpenAI's $300 billion valuation is about 2.16 trillion yuan.", '$300 billion'],
      ["OpenAI's $300 billion valuation comes to about 2.16 trillion yuan at the 2024 average rate of 7.1957.", '$300 billion'],
      ['若换算成人民币，可按2024年全年平均汇率7.1957计：OpenAI的3000亿美元估值约合2.16万亿元。', '3000亿美元'],
      ['按2024年度平均汇率7.1957折算，OpenAI的3000亿美元估值约合2.16万亿元。', '3000亿美元'],
    ],
    '2025-06-01',
  );

  it('the rate keeps the year, and a year that dates the valuation itself still does', () => {
    const text = '若换算成人民币，可按2024年全年平均汇率7.1957计：OpenAI的3000亿美元估值约合2.16万亿元。';
    expect(flaggedClaim(text, '7.1957', '2025-06-01').claim?.period?.value.start).toBe('2024-01-01');
    expect(flaggedClaim("In 2024, OpenAI's valuation reached $300 billion.", '$300 billion', '2025-06-01').verdicts).toEqual(['wrong-period']);
  });
});

describe('a rate written as a decimal and a verb of converting, without the word 汇率', () => {
  // Baichuan's October 2023 round: about 22亿元 (bundled facts), converted at the end-September rate.
  it('按9月末的7.296折算: the converted amount keeps the round\'s month, the rate keeps its date', () => {
    const text = '百川智能10月宣布完成3亿美元A1轮融资，按9月末的7.296折算是21.9亿元。';
    expect(flaggedClaim(text, '21.9亿元', '2024-06-20').claim?.period?.value.start).toBe('2023-10-01');
    expect(flaggedClaim(text, '21.9亿元', '2024-06-20').verdicts).toEqual([]);
    expect(flaggedClaim(text, '7.296', '2024-06-20').claim?.period?.value.start).toBe('2023-09-21');
  });

  it('English: "at the end-September rate of 7.296, that is …" dates the rate only', () => {
    const text = 'Baichuan closed a $300 million A1 round in October 2023; at the end-September rate of 7.296, that is about 2.19 billion yuan.';
    expect(flaggedClaim(text, '2.19 billion yuan', '2024-06-20').claim?.period?.value.start).not.toBe('2023-09-21');
  });
});

describe('a rate named by its currency before 中间价 / 汇率', () => {
  // xAI's Series B: $6 billion, announced in May 2024 (bundled facts); the year-end date is the rate's.
  itIsSilent(
    [
      ['按2024年12月31日人民币中间价7.1884计算，xAI的B轮60亿美元约合431亿元人民币。', '60亿美元'],
      ["At the December 31, 2024 RMB central parity rate of 7.1884, xAI's $6 billion Series B is about 43.1 billion yuan.", '$6 billion'],
    ],
    '2025-01-15',
  );
});
