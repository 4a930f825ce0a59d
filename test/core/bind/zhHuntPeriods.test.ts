/**
 * Readings found by a false-alarm hunt on correct Chinese text, each tested on sentences of its own,
 * with near misses that must still be flagged:
 * - a bracketed "截至<date>" after a fiscal year or quarter says when it ends, not a date of the figure
 *   (publicationMonth.ts);
 * - a period or metric word in a bracketed aside with its own figure ("61亿美元（2023年为17亿美元）",
 *   "3.12亿元（净亏损29.58亿元）") is that figure's (bracketAside.ts);
 * - a year-less quarter after a fiscal quarter of a written fiscal year goes on in that fiscal year,
 *   past the fiscal quarter's calendar gloss (fiscalSequence.ts);
 * - "截至2024年4月28日的第一财季" is the quarter ending that day (periodPatternsZh.ts);
 * - "上一季度" after a named quarter is the quarter before it (quarterBefore.ts);
 * - a month that dates the giving of full-year guidance ("2月给出的全年指引") is not its period
 *   (announcedMonth.ts).
 * Bundled facts: Nvidia FY2025 revenue $130.5B, Q1-Q3 FY2025 $26.0B, $30.0B, $35.1B; Google Cloud
 * operating income $6.1B (2024) and $1.7B (2023); OpenAI annualized revenue $10B (June 2025); AI
 * services added 3, 6 and 7 points to Azure growth in Q1-Q3 FY2024; Zhipu 2024 revenue ¥312M, net loss
 * ¥2.958B; Meta guided 2024 capex to $30-37B (Feb 2024), $35-40B (Apr 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

describe('a bracketed 截至<date> after a fiscal period is its last day', () => {
  itIsSilent(
    [
      ['英伟达2025财年（截至2025年1月26日）营收约1305亿美元。', '1305亿美元'],
      ['英伟达第三财季（截至2024年10月27日）营收约350.8亿美元。', '350.8亿美元'],
      ['英伟达FY2025（截至2025年1月26日）营收为1305亿美元。', '1305亿美元'],
      ['英伟达2025财年(截止2025年1月26日)的营收达1305亿美元。', '1305亿美元'],
    ],
    '2025-03-10',
  );
  it('near miss: the fiscal year still dates the figure', () => {
    expect(flaggedClaim('英伟达2024财年（截至2024年1月28日）营收约1305亿美元。', '1305亿美元', '2025-03-10').verdicts).toEqual(['wrong-period']);
  });
  it('near miss: a wrong figure is still flagged', () => {
    expect(flaggedClaim('英伟达2025财年（截至2025年1月26日）营收约1505亿美元。', '1505亿美元', '2025-03-10').verdicts).toEqual(['contradicted']);
  });
});

describe("a period in a bracketed aside with its own figure is that figure's", () => {
  itIsSilent(
    [
      ['谷歌云2024年全年收入432亿美元，营业利润61亿美元（2023年为17亿美元）。', '61亿美元'],
      ['谷歌云2024年全年收入432亿美元，营业利润61亿美元（2023年为17亿美元）。', '17亿美元'],
      ['2024年谷歌云营业利润为61亿美元（2023年：17亿美元）。', '61亿美元'],
      ["Google Cloud's operating income was $6.1 billion in 2024 (2023: $1.7 billion).", '$6.1 billion'],
    ],
    '2025-11-10',
  );
  itIsSilent([['今年6月，OpenAI年化收入达到100亿美元（去年12月为55亿美元）。', '100亿美元']], '2025-07-15');
  it('near miss: a bracketed period with no figure of its own still dates the figure', () => {
    expect(flaggedClaim('谷歌云营业利润为61亿美元（2023年）。', '61亿美元', '2025-11-10').verdicts).toEqual(['wrong-period']);
  });
  it('near miss: a wrong figure outside the aside, or inside it, is still flagged', () => {
    expect(flaggedClaim('谷歌云2024年营业利润71亿美元（2023年为17亿美元）。', '71亿美元', '2025-11-10').verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('谷歌云营业利润为17亿美元（2023年为5亿美元）。', '5亿美元', '2025-11-10').verdicts).toEqual(['contradicted']);
  });
});

describe('a year-less quarter after a fiscal quarter goes on in its fiscal year', () => {
  itIsSilent(
    [
      ['AI服务对Azure增长的贡献从2024财年第一季度（2023年7-9月）的3个百分点，升至第二季度的6个百分点。', '6个百分点'],
      ['微软2024财年第一季度AI服务为Azure增长贡献3个百分点，第二季度为6个百分点，第三季度为7个百分点。', '7个百分点'],
      ['微软2024财年第一季度(2023年7-9月)，AI服务为Azure增长贡献3个百分点；第三季度贡献7个百分点。', '7个百分点'],
    ],
    '2025-11-01',
  );
  it("near miss: another quarter's figure is still a wrong period", () => {
    expect(flaggedClaim('微软2024财年第一季度(2023年7-9月)，AI服务为Azure增长贡献3个百分点；第三季度贡献6个百分点。', '6个百分点', '2025-11-01').verdicts).toEqual(['wrong-period']);
  });
  it('near miss: a calendar year written in between starts its own sequence', () => {
    const { claim } = flaggedClaim('微软2024财年第一季度AI服务贡献3个百分点，而2023年第二季度，AI服务贡献6个百分点。', '6个百分点', '2025-11-01');
    expect(claim?.period?.value.label).not.toContain('FY');
  });
});

describe('"截至<date>的第一财季" is the quarter ending that day', () => {
  itIsSilent(
    [
      ['截至2024年4月28日的第一财季，英伟达营收为260亿美元。', '260亿美元'],
      ['在截至2024年4月28日的第一季度，英伟达营收为260亿美元。', '260亿美元'],
      ['英伟达截至2024年4月28日的第1财季营收为260亿美元。', '260亿美元'],
    ],
    '2024-12-01',
  );
  it("near miss: the next quarter's figure is still a wrong period", () => {
    expect(flaggedClaim('截至2024年4月28日的第一财季，英伟达营收为300.4亿美元。', '300.4亿美元', '2024-12-01').verdicts).toEqual(['wrong-period']);
  });
});

describe('"上一季度" after a named quarter is the quarter before it', () => {
  itIsSilent(
    [
      ['到了第三财季，英伟达营收约为351亿美元（上一季度为300亿美元）。', '300亿美元'],
      ['英伟达2025财年第三季度营收约351亿美元，上季度为300.4亿美元。', '300.4亿美元'],
      ['英伟达2025财年第二季度营收300.4亿美元，下一季度升至350.8亿美元。', '350.8亿美元'],
    ],
    '2024-12-01',
  );
  it("near miss: another quarter's figure is still a wrong period", () => {
    expect(flaggedClaim('英伟达2025财年第三季度营收约351亿美元，上季度营收为260亿美元。', '260亿美元', '2024-12-01').verdicts).toEqual(['wrong-period']);
  });
  it('near miss: with no quarter named, 上季度 counts from the document date', () => {
    expect(flaggedClaim('英伟达上季度营收为300.4亿美元。', '300.4亿美元', '2024-12-01').verdicts).toEqual(['wrong-period']);
  });
});

describe("a metric word in a bracketed aside with its own figure is that figure's", () => {
  const table = (row: string) => `| 公司 | 2023年 | 2024年 |\n|---|---|---|\n${row}\n`;
  itIsSilent(
    [
      [table('| 智谱AI | 1.25亿元 | 3.12亿元（净亏损29.58亿元） |'), '3.12亿元'],
      ['智谱2024年收入3.12亿元（净亏损29.58亿元）。', '3.12亿元'],
      ['智谱2024年收入3.12亿元（同年净亏损为29.58亿元）。', '3.12亿元'],
    ],
    '2025-12-28',
  );
  it('near miss: the aside figure keeps the metric, and a wrong one is flagged', () => {
    expect(flaggedClaim('智谱2024年收入3.12亿元（净亏损19.58亿元）。', '19.58亿元', '2025-12-28').verdicts).toEqual(['contradicted']);
  });
  it('near miss: a wrong figure outside the aside is still flagged', () => {
    expect(flaggedClaim('智谱2024年收入5.12亿元（净亏损29.58亿元）。', '5.12亿元', '2025-12-28').verdicts).toEqual(['contradicted']);
  });
});

describe('a month that dates the giving of full-year guidance is not its period', () => {
  itIsSilent(
    [
      ['Meta在2024年2月给出的全年资本开支指引为300亿至370亿美元。', '300亿至370亿美元'],
      ['Meta在2024年4月预计全年资本开支为350亿至400亿美元。', '350亿至400亿美元'],
      ['In February 2024 Meta guided full-year capex to $30 billion to $37 billion.', '$30 billion to $37 billion'],
    ],
    '2025-10-15',
  );
  it('near miss: a wrong full-year range is still flagged', () => {
    expect(flaggedClaim('Meta在2024年2月给出的全年资本开支指引为500亿至550亿美元。', '500亿至550亿美元', '2025-10-15').verdicts).toEqual(['contradicted']);
  });
});
