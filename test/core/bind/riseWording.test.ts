/**
 * A figure written as a rise measures a change, not a level (bind/riseWording.ts): a multiple after
 * 增长 / 翻 / "grew" / "up" is how far something grew, never a valuation-to-revenue multiple, and an amount
 * written as what a measure added ("added $34 billion of revenue", 比上一财年多出) is the measure's increase.
 * Words that write the level reached ("rose to", 增至, 估值为收入的…倍) are not a rise. Bundled facts:
 * Nvidia's FY2024 revenue $60.9B, up $33.95B on FY2023; Cohere's valuation ~100× revenue (early 2024).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2024-06-10';
const metricOf = (text: string, figure: string, date = DATE) => analyzedClaim(text, figure, date)?.metric?.value;

describe('a multiple written as a rise is no valuation multiple', () => {
  it('Chinese: 增长约1.7倍 beside a valuation multiple named in the next sentence', () => {
    const zh = 'Cohere的年化收入从2023年底的1300万美元升到2024年3月底的3500万美元，三个月里增长了约1.7倍。CB Insights估算，它的估值约为收入的100倍。';
    expect(metricOf(zh, '1.7倍')).toBeUndefined();
    expect(metricOf(zh, '100倍')).toBe('valuation.revenue-multiple');
    expect(draftFindings(zh, DATE)).toEqual([]);
    expect(metricOf('这家公司的用户数一年翻了两倍。', '两倍')).toBeUndefined();
    expect(metricOf('Cohere的收入实现了2.5倍的增长。', '2.5倍')).toBeUndefined();
  });

  it('English: "growing about 1.7 times", "up 3-fold", "a 2.5x increase"', () => {
    const en = "Cohere's annualized revenue went from $13 million at the end of 2023 to $35 million in March 2024, growing about 1.7 times in one quarter. CB Insights put its valuation at roughly 100 times revenue.";
    expect(metricOf(en, '1.7 times')).toBeUndefined();
    expect(metricOf(en, '100 times')).toBe('valuation.revenue-multiple');
    expect(draftFindings(en, DATE)).toEqual([]);
    expect(metricOf("Cohere's revenue multiple was up 3-fold.", '3-fold')).toBeUndefined();
    expect(metricOf("Cohere's revenue multiple shows a 2.5x increase.", '2.5x')).toBeUndefined();
  });

  it('near miss: the level a multiple reached stays a valuation multiple', () => {
    expect(metricOf('Cohere的估值升至收入的40倍。', '40倍')).toBe('valuation.revenue-multiple');
    expect(metricOf('Cohere is valued at 40 times revenue.', '40 times')).toBe('valuation.revenue-multiple');
  });
});

describe('an amount written as a rise of revenue is the revenue increase', () => {
  it('English: "added about $34 billion of revenue over fiscal 2023", "$34 billion more than"', () => {
    const added = 'To put it in scale, fiscal 2024 alone added about $34 billion of revenue over fiscal 2023 at Nvidia.';
    expect(metricOf(added, '$34 billion', '2024-06-01')).toBe('revenue.increase');
    expect(draftFindings(added, '2024-06-01')).toEqual([]);
    const more = "Nvidia's fiscal 2024 revenue came in about $34 billion more than fiscal 2023's.";
    expect(metricOf(more, '$34 billion', '2024-06-01')).toBe('revenue.increase');
    expect(draftFindings(more, '2024-06-01')).toEqual([]);
  });

  it('Chinese: 比上一财年多出约340亿美元', () => {
    const zh = '英伟达2024财年的营收比上一财年多出约340亿美元。';
    expect(metricOf(zh, '340亿美元', '2024-06-01')).toBe('revenue.increase');
    expect(draftFindings(zh, '2024-06-01')).toEqual([]);
  });

  it('near misses: the level reached, the baseline that grew, a gap to another company', () => {
    expect(metricOf('英伟达2024财年营收增至609亿美元。', '609亿美元', '2024-06-01')).toBe('revenue');
    expect(metricOf('英伟达2024财年营收609亿美元，比上一财年的270亿美元增长126%。', '270亿美元', '2024-06-01')).toBe('revenue');
    expect(metricOf("Nvidia's fiscal 2024 revenue rose to $60.9 billion.", '$60.9 billion', '2024-06-01')).toBe('revenue');
    expect(metricOf('按美元计，阿里巴巴一个季度的营收比腾讯多出约100亿美元。', '100亿美元', '2025-03-01')).toBeUndefined();
  });
});

describe('an amount written as a rise of a level whose increase the base does not record is no metric', () => {
  it('Chinese: 比上一年多花了 / 增加了 capex is not judged against the year’s capex', () => {
    const more = 'Meta 2024年的资本开支比上一年多花了约100亿美元。';
    expect(metricOf(more, '100亿美元', '2025-03-01')).toBeUndefined();
    expect(draftFindings(more, '2025-03-01')).toEqual([]);
    const added = 'Meta 2024年的资本开支增加了约120亿美元。';
    expect(metricOf(added, '120亿美元', '2025-03-01')).toBeUndefined();
    expect(draftFindings(added, '2025-03-01')).toEqual([]);
  });

  it('English: "$10 billion more on capex … than the year before", "capex was up $10 billion"', () => {
    const more = 'Meta spent about $10 billion more on capital expenditure in 2024 than the year before.';
    expect(metricOf(more, '$10 billion', '2025-03-01')).toBeUndefined();
    expect(draftFindings(more, '2025-03-01')).toEqual([]);
    const up = "Meta's 2024 capex was up $10 billion.";
    expect(metricOf(up, '$10 billion', '2025-03-01')).toBeUndefined();
    expect(draftFindings(up, '2025-03-01')).toEqual([]);
  });

  it('near misses: the level itself, "or more", and rise words that are the measure’s own name', () => {
    expect(metricOf('Meta 2024年的资本开支为392亿美元。', '392亿美元', '2025-03-01')).toBe('capex');
    expect(metricOf("Meta's 2024 capex was $39 billion or more.", '$39 billion', '2025-03-01')).toBe('capex');
    // "could add" names economic value added; 单日市值增加 and 一天之内市值增加 name a one-day gain.
    expect(metricOf('Generative AI could add $4 trillion a year to the global economy.', '$4 trillion', '2025-03-01')).toBe('economic-value');
    expect(metricOf('2024年2月22日，英伟达单日市值增加2770亿美元。', '2770亿美元', '2025-03-01')).toBe('market-cap.daily-gain');
    expect(metricOf('2024年2月22日，英伟达一天之内市值增加2770亿美元。', '2770亿美元', '2025-03-01')).toBe('market-cap.daily-gain');
  });

  it('Chinese: a bare 多 after a comparison with 比/较 writes the gap, not a level', () => {
    const gap = 'Meta明年的资本开支为1,200亿美元，比今年的1,000亿美元多200亿美元。';
    expect(metricOf(gap, '200亿美元', '2025-03-01')).toBeUndefined();
    expect(metricOf(gap, '1,200亿美元', '2025-03-01')).toBe('capex');
    expect(metricOf('Meta今年的资本开支较去年多约150亿美元。', '150亿美元', '2025-03-01')).toBeUndefined();
  });

  it('Chinese: 少了, 低了, 多出了 after 比/较 with words between write the gap, not a level', () => {
    const short = '英伟达最近一季营收按7算只有约2450亿元，比按当季平均汇率折算少了二十多亿元。';
    expect(metricOf(short, '二十多亿元', '2025-03-01')).toBeUndefined();
    expect(metricOf('Meta今年的资本开支较去年的预算低了约50亿美元。', '50亿美元', '2025-03-01')).toBeUndefined();
    expect(metricOf('Meta今年的资本开支比去年多出了约150亿美元。', '150亿美元', '2025-03-01')).toBeUndefined();
  });

  it('near miss: the level after a comparison clause keeps its measure', () => {
    expect(metricOf('Meta今年的资本开支比去年少，为500亿美元。', '500亿美元', '2025-03-01')).toBe('capex');
    expect(metricOf('Meta今年的资本开支比例不低，达到约650亿美元。', '650亿美元', '2025-03-01')).toBe('capex');
  });

  it('near misses: 至多, 最多, 差不多 and 多达 write a level, not a gap', () => {
    for (const text of [
      'Meta今年的资本开支至多650亿美元。',
      'Meta今年的资本开支最多650亿美元。',
      'Meta今年的资本开支差不多650亿美元。',
      'Meta今年的资本开支多达650亿美元。',
    ]) {
      expect(metricOf(text, '650亿美元', '2025-03-01'), text).toBe('capex');
    }
  });

  it('a table cell is worded by its own cell: the next cell’s "more than" is that cell’s floor', () => {
    const table = ['| Company | Raised | Valuation |', '|---|---|---|', '| Cohere | $500 million | more than $5 billion |'].join('\n');
    expect(metricOf(table, '$500 million', '2025-03-01')).not.toBeUndefined();
  });
});

describe('a figure in points written as a change is no level of a points measure', () => {
  const AZ = '# Microsoft Azure\n\n';
  it('English: "up 13 points from", "down 2 points", "5 points higher than"', () => {
    expect(metricOf(`${AZ}In the March 2024 quarter AI services contributed 7 points of Azure growth, up 13 points from a year earlier.`, '13 points')).toBeUndefined();
    expect(metricOf(`${AZ}In the March 2024 quarter the AI contribution to Azure growth was down 2 points.`, '2 points')).toBeUndefined();
    expect(metricOf(`${AZ}In the March 2024 quarter the AI contribution to Azure growth was 5 points higher than a year before.`, '5 points')).toBeUndefined();
    expect(draftFindings(`${AZ}In the March 2024 quarter AI services contributed 7 points of Azure growth, up 13 points from a year earlier.`, DATE)).toEqual([]);
  });

  it('Chinese: 比上年同期增加了13个百分点', () => {
    const zh = '# 微软Azure\n\n2024年3月季度，AI服务拉动Azure增长7个百分点，比上年同期增加了13个百分点。';
    expect(metricOf(zh, '13个百分点')).toBeUndefined();
    expect(metricOf(zh, '7个百分点')).toBe('growth-contribution.points');
  });

  it('near miss: a contribution stated as points added or driven keeps its measure and its finding', () => {
    expect(metricOf(`${AZ}In the December 2024 quarter AI services added 13 points to Azure growth.`, '13 points')).toBe('growth-contribution.points');
    const level = `${AZ}In the March 2024 quarter AI services contributed 13 points to Azure growth.`;
    expect(JSON.stringify(draftFindings(level, '2025-03-01'))).toContain('wrong-period');
    expect(metricOf('# 微软Azure\n\n2024年3月季度，AI服务拉动Azure增长13个百分点。', '13个百分点')).toBe('growth-contribution.points');
  });
});

describe('an amount placed below or above another figure is the gap between them, not a level', () => {
  // Bundled facts: OpenAI o3's API input price $2 per million tokens from June 10, 2025; GPT-4o's $2.50.
  const JULY = '2025-07-15';
  it('English: "50 cents below", "50 cents cheaper than", "$0.50 less than"', () => {
    for (const text of [
      "After the June cut, OpenAI o3 charges for input 50 cents below GPT-4o's $2.50 per million tokens.",
      "After the June cut, the OpenAI o3 input price sits 50 cents cheaper than GPT-4o's.",
      "After the June cut, the OpenAI o3 input price is 50 cents less than what GPT-4o charges.",
    ]) {
      expect(metricOf(text, '50 cents', JULY), text).toBeUndefined();
      expect(flaggedClaim(text, '50 cents', JULY).verdicts, text).toEqual([]);
    }
  });

  it('Chinese: 比…便宜, 比…低 before the amount', () => {
    for (const text of ['6月降价后，OpenAI o3的输入价格比GPT-4o的2.50美元便宜50美分。', '6月降价后，OpenAI o3的输入价格比GPT-4o低50美分。']) {
      expect(metricOf(text, '50美分', JULY), text).toBeUndefined();
      expect(flaggedClaim(text, '50美分', JULY).verdicts, text).toEqual([]);
    }
  });

  it('near miss: a level set off by a comma and then compared is still the level, and still checked', () => {
    const text = "After the June cut, the OpenAI o3 input price is $5, above GPT-4o's $2.50.";
    expect(metricOf(text, '$5', JULY)).toBe('api-price.input');
    expect(flaggedClaim(text, '$5', JULY).verdicts).toEqual(['contradicted']);
    const zh = '目前OpenAI o3的输入价格为5美元，比GPT-4o的2.50美元贵。';
    expect(flaggedClaim(zh, '5美元', JULY).verdicts).toEqual(['contradicted']);
  });
});

describe('a count written as a rise is the number added, not the level', () => {
  const NOV = '2025-11-01';
  it('zh and en: users added in a quarter bind no users metric, so the level facts do not judge them', () => {
    for (const [text, figure] of [
      ['Gemini第三季度月活比第二季度增加2亿，环比增长约44%。', '2亿'],
      ['Gemini的月活在第三季度增加了2亿。', '2亿'],
      ['Gemini added 200 million monthly active users in the third quarter of 2025.', '200 million'],
    ]) {
      expect(metricOf(text, figure, NOV), text).toBeUndefined();
      expect(flaggedClaim(text, figure, NOV).verdicts, text).toEqual([]);
    }
  });

  it('near misses: the level reached is still the level', () => {
    expect(metricOf('Gemini第三季度月活增至6.5亿。', '6.5亿', NOV)).toBe('users.monthly');
    expect(metricOf("Gemini's monthly active users rose to 650 million in the third quarter of 2025.", '650 million', NOV)).toBe('users.monthly');
  });
});

describe('an amount written as a widening or a fall is a change, not the level (session 24)', () => {
  // Bundled fact: CoreWeave's 2024 net loss $863M (vs $593.7M in 2023).
  it('English: "the net loss widened by", "narrowed by", "fell by" bind no net-loss level', () => {
    for (const verb of ['widened by about', 'deepened by', 'narrowed by', 'fell by roughly']) {
      const text = `CoreWeave's sales jumped in 2024, and its net loss ${verb} $240 million.`;
      expect(metricOf(text, '$240 million', '2025-04-01')).toBeUndefined();
      expect(draftFindings(text, '2025-04-01')).toEqual([]);
    }
  });

  it('Chinese: 亏损收窄 / 缩小 an amount is how far it fell', () => {
    const text = 'CoreWeave 2024年净亏损收窄约2.4亿美元。';
    expect(metricOf(text, '2.4亿美元', '2025-04-01')).toBeUndefined();
  });

  it('near misses: "lost $X" and the level itself keep the net-loss measure and its finding', () => {
    const lost = 'CoreWeave lost $240 million in 2024.';
    expect(draftFindings(lost, '2025-04-01')).toEqual(['$240 million fact.value-mismatch error']);
    const level = "CoreWeave's net loss was $240 million in 2024.";
    expect(draftFindings(level, '2025-04-01')).toEqual(['$240 million fact.value-mismatch error']);
  });
});
