/**
 * Spec cases for the relation readings added for arithmetic recall (issue #5): amounts named rather than
 * repeated in the same paragraph, a cut and what is left, a margin and the revenue-to-cost multiple, a
 * quarter restated as an annualized figure ("按9月季度计算"), a period amount restated a clause later,
 * and the same name priced at two cadences. Each relation has consistent, rounded-consistent and
 * inconsistent cases, and look-alikes that must not be read as the relation.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

interface Case {
  text: string;
  /** Stated numbers that must get a warning or error of this check. */
  flagged?: [check: string, text: string][];
  /** Stated numbers some reading must find consistent. */
  consistent?: string[];
  /** The document date (dates exchange-rate facts). */
  date?: string;
}

function run(c: Case) {
  const { findings, relations } = check(c.text, { date: c.date });
  const serious = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
  expect(serious.map((f) => [f.check, f.text])).toEqual(c.flagged ?? []);
  for (const f of serious) {
    expect(c.text.slice(f.start, f.end)).toBe(f.text);
    expect(f.verdict).toBe('inconsistent');
    expect(f.computation?.length).toBeGreaterThan(0);
    expect(f.related?.length).toBeGreaterThan(0);
  }
  for (const t of c.consistent ?? []) expect(relations.some((r) => r.text === t && r.consistent), `“${t}” read as consistent`).toBe(true);
}

describe('named amounts in the same paragraph', () => {
  it.each<[string, Case]>([
    ['zh ratio by name, consistent', { text: '公司上半年营收28.81亿元。归母净利润14.2亿元。净利润相当于营收的一半。', consistent: ['一半'] }],
    ['zh ratio by name, rounded', { text: '公司上半年营收28.81亿元。归母净利润13.5亿元。净利润相当于营收的一半左右。', consistent: ['一半'] }],
    ['zh ratio by name, wrong', { text: '公司上半年营收28.81亿元。归母净利润10.38亿元。净利润相当于营收的一半。', flagged: [['arith.ratio', '一半']] }],
    ['zh share after the amount, wrong', { text: '全年营收1305亿美元。数据中心收入1152亿美元，占营收的95%。', flagged: [['arith.percent-of', '95%']] }],
    ['zh share after the amount, consistent', { text: '全年营收1305亿美元。数据中心收入1152亿美元，占营收的88%。', consistent: ['88%'] }],
    ['zh share by unit and company-prefixed name', { text: 'Meta将拥有35万块H100，总算力接近60万块H100。H100将占Meta总算力的八成左右。', flagged: [['arith.percent-of', '八成']] }],
    ['zh share by unit, consistent', { text: 'Meta将拥有35万块H100，总算力接近60万块H100。H100将占Meta总算力的六成左右。', consistent: ['六成'] }],
    [
      'zh the low end taken in place of the range',
      { text: '一块H100的售价在2.5万至3万美元之间，而制造成本约3320美元，售价约为成本的9倍。即便按下限2.5万美元算，售价也接近成本的10倍。', flagged: [['arith.ratio', '10倍']], consistent: ['9倍'] },
    ],
    ['en ratio by name across sentences, wrong', { text: 'Revenue of $562,027 against costs of $87,072. Costs are therefore a tenth of revenue.', flagged: [['arith.ratio', 'a tenth']] }],
    ['en ratio by name across sentences, consistent', { text: 'Revenue of $562,027 against costs of $87,072. Costs are therefore about a sixth of revenue.', consistent: ['a sixth'] }],
    // Look-alikes: the name fits no amount in the paragraph, or the amount is in another paragraph.
    ['zh name without an amount', { text: '数据中心业务已经占到全年营收的九成。' }],
    ['zh amount in another paragraph', { text: '全年营收1305亿美元。\n\n数据中心收入1152亿美元，占营收的95%。' }],
    ['en pronoun is not a name', { text: 'Revenue of $562,027 against costs of $87,072. That is a tenth of revenue.' }],
    ['zh other list item', { text: '- 营收1305亿美元\n- 数据中心收入1152亿美元，占营收的95%' }],
  ])('%s', (_n, c) => run(c));
});

describe('a cut and what is left', () => {
  it.each<[string, Case]>([
    ['zh wrong', { text: '阿里云宣布API输入价格下调97%，价格只剩原来的1/10。', flagged: [['arith.growth', '1/10']] }],
    ['zh consistent', { text: '阿里云宣布API输入价格下调90%，价格只剩原来的1/10。', consistent: ['1/10'] }],
    ['zh rise', { text: '价格上调50%，变为原来的1.5倍。', consistent: ['1.5倍'] }],
    ['en wrong', { text: 'The price was cut by 97%, leaving a tenth of the original.', flagged: [['arith.growth', 'a tenth']] }],
    ['en consistent', { text: 'The price was cut by 90%, leaving a tenth of the original.', consistent: ['a tenth'] }],
    ['look-alike: unrelated share', { text: '价格下调97%，市场份额只有10%。' }],
    ['en look-alike: a tenth of something else', { text: 'The price was cut by 97%, leaving a tenth of customers unhappy.' }],
  ])('%s', (_n, c) => run(c));
});

describe('a margin and the revenue-to-cost multiple', () => {
  it.each<[string, Case]>([
    ['zh wrong', { text: '545%的利润率意味着收入是成本的5.45倍。', flagged: [['arith.ratio', '5.45倍']] }],
    ['zh consistent', { text: '545%的利润率意味着收入是成本的6.45倍。', consistent: ['6.45倍'] }],
    ['zh rounded', { text: '545%的利润率意味着收入约是成本的6.5倍。', consistent: ['6.5倍'] }],
    ['en margin on revenue accepted', { text: 'A 40% margin means revenue is 1.67 times costs.', consistent: ['1.67 times'] }],
    ['en margin on cost accepted', { text: 'A 40% margin means revenue is 1.4 times costs.', consistent: ['1.4 times'] }],
    ['look-alike: multiple of something else', { text: '利润率为45%，营收是去年的3倍。' }],
  ])('%s', (_n, c) => run(c));
});

describe('annualized and period amounts', () => {
  it.each<[string, Case]>([
    ['zh quarter named by month, wrong', { text: '从上一季度的334亿元到9月季度的398亿元，环比增长约19%。按9月季度计算，年化收入约1200亿元。', flagged: [['arith.annualized', '1200亿元']] }],
    ['zh quarter named by month, consistent', { text: '从上一季度的334亿元到9月季度的398亿元，环比增长约19%。按9月季度计算，年化收入约1600亿元。', consistent: ['1600亿元'] }],
    ['zh restated a clause later, wrong', { text: '2025年计划合计约3250亿美元，增长约46%，相当于每天花掉约15亿美元。', flagged: [['arith.annualized', '15亿美元']] }],
    ['zh restated a clause later, consistent', { text: '2025年计划合计约3250亿美元，增长约46%，相当于每天花掉约9亿美元。', consistent: ['9亿美元'] }],
    ['zh same name at two cadences, wrong', { text: 'Plus每月25美元，Pro每月200美元，Pro一年的费用是2000美元。', flagged: [['arith.annualized', '2000美元']] }],
    ['zh same name at two cadences, consistent', { text: 'Plus每月25美元，Pro每月200美元，Pro一年的费用是2400美元。', consistent: ['2400美元'] }],
    ['look-alike: different names', { text: 'Plus每月25美元，Pro一年的费用是2000美元。' }],
    ['look-alike: a half-year is not a year', { text: '2025年上半年收入约3250亿美元，增长约46%，相当于每天约15亿美元。' }],
  ])('%s', (_n, c) => run(c));
});

describe('part of a round and the stake it buys', () => {
  it.each<[string, Case]>([
    [
      'en wrong',
      { text: "OpenAI raised $40 billion at $300 billion post-money. SoftBank's own share, up to $30 billion, buys it 15% of the company.", flagged: [['arith.ratio', '15%']] },
    ],
    ['en consistent', { text: "OpenAI raised $40 billion at $300 billion post-money. SoftBank's own share, up to $30 billion, buys it 10% of the company.", consistent: ['10%'] }],
    ['look-alike: not a stake', { text: 'OpenAI raised $40 billion at $300 billion post-money. Its revenue of $4 billion is 15% of the target.' }],
    ['look-alike: another paragraph', { text: "OpenAI raised $40 billion at $300 billion post-money.\n\nSoftBank's own share, up to $30 billion, buys it 15% of the company." }],
  ])('%s', (_n, c) => run(c));
});

describe('changes dated in Chinese, the denominator written once', () => {
  it.each<[string, Case]>([
    ['zh consistent', { text: '推理成本从2022年11月的每百万tokens 20美元降到2024年10月的0.07美元，降幅约99.7%。', consistent: ['99.7%'] }],
    ['zh wrong', { text: '推理成本从2022年11月的每百万tokens 20美元降到2024年10月的0.07美元，降幅为80%。', flagged: [['arith.growth', '80%']] }],
  ])('%s', (_n, c) => run(c));
});

describe('a difference stated in the next sentence', () => {
  it.each<[string, Case]>([
    ['en wrong', { text: 'Net loss: $863 million, against $593.7 million in 2023. The loss widened by $370 million.', flagged: [['arith.growth', '$370 million']] }],
    ['en rounded', { text: 'Net loss: $863 million, against $593.7 million in 2023. The loss widened by about $270 million.', consistent: ['$270 million'] }],
    ['zh wrong', { text: '净亏损8.63亿美元，而上年同期为5.937亿美元。亏损扩大了3.7亿美元。', flagged: [['arith.growth', '3.7亿美元']] }],
    ['zh consistent', { text: '净亏损8.63亿美元，而上年同期为5.937亿美元。亏损扩大了2.69亿美元。', consistent: ['2.69亿美元'] }],
    ['look-alike: amounts not set against each other', { text: 'Revenue was $5 billion and capex $2 billion. Profit rose by $1 billion.' }],
    ['look-alike: another paragraph', { text: 'Net loss: $863 million, against $593.7 million in 2023.\n\nThe loss widened by $370 million.' }],
  ])('%s', (_n, c) => run(c));
});

describe('a base set against the amount of the sentence before', () => {
  it.each<[string, Case]>([
    ['en wrong', { text: 'Goldman frames about $1 trillion of AI capex. Against the $75 billion of revenue Cahn counted, that is 20 times the revenue base.', flagged: [['arith.ratio', '20 times']] }],
    ['en rounded', { text: 'Goldman frames about $1 trillion of AI capex. Against the $75 billion of revenue Cahn counted, that is 13 times the revenue base.', consistent: ['13 times'] }],
    ['zh wrong', { text: '高盛估计未来几年AI资本开支约1万亿美元。与750亿美元的收入相比，这是它的20倍。', flagged: [['arith.ratio', '20倍']] }],
    ['zh consistent', { text: '高盛估计未来几年AI资本开支约1万亿美元。与750亿美元的收入相比，这是它的13倍。', consistent: ['13倍'] }],
    ['look-alike: no pointer', { text: 'Goldman frames about $1 trillion of AI capex. Against the $75 billion of revenue, software trades at 20 times sales.' }],
    ['look-alike: another paragraph', { text: 'Goldman frames about $1 trillion of AI capex.\n\nAgainst the $75 billion of revenue Cahn counted, that is 20 times the revenue base.' }],
  ])('%s', (_n, c) => run(c));
});

describe('a unit price applied to the count of the sentence before', () => {
  it.each<[string, Case]>([
    ['en wrong', { text: 'Meta: more than 1.3 million GPUs by year-end. At $30,000 a GPU that fleet is worth about $25 billion.', flagged: [['arith.product', '$25 billion']] }],
    ['en rounded', { text: 'Meta: about 1.3 million GPUs by year-end. At $30,000 a GPU that fleet is worth about $39 billion.', consistent: ['$39 billion'] }],
    ['zh wrong', { text: 'Meta将在年底拥有超过130万块GPU。按每块3万美元计算，这些GPU价值约250亿美元。', flagged: [['arith.product', '250亿美元']] }],
    ['zh consistent', { text: 'Meta将在年底拥有约130万块GPU。按每块3万美元计算，这些GPU价值约390亿美元。', consistent: ['390亿美元'] }],
    ['look-alike: another unit', { text: 'Meta has 1.3 million GPUs. At $30,000 a share, the stake is worth about $25 billion.' }],
  ])('%s', (_n, c) => run(c));
});

describe('a base never written that other statements agree on', () => {
  it.each<[string, Case]>([
    [
      'zh wrong',
      { text: '2024年净亏损29.58亿元，约为收入的9.5倍。研发投入21.95亿元，是收入的7倍；其中算力支出15.53亿元，约占研发的七成，算力一项就相当于收入的3倍。', flagged: [['arith.ratio', '3倍']], consistent: ['七成'] },
    ],
    ['zh consistent', { text: '2024年净亏损29.58亿元，约为收入的9.5倍。研发投入21.95亿元，是收入的7倍；其中算力支出15.53亿元，算力一项就相当于收入的5倍。', consistent: ['5倍'] }],
    ['look-alike: only one other statement', { text: '研发投入21.95亿元，是收入的7倍；算力一项就相当于收入的3倍。' }],
    ['look-alike: the others disagree', { text: '净亏损29.58亿元，约为收入的5倍。研发投入21.95亿元，是收入的7倍；算力支出15.53亿元，算力一项就相当于收入的3倍。' }],
  ])('%s', (_n, c) => run(c));
});

describe('a pace inside the sentence, over a stretch of periods', () => {
  it.each<[string, Case]>([
    ['zh wrong', { text: '一个季度6.56亿元的增量已经相当可观；若按这个势头，一年四个季度可达65.6亿元。', flagged: [['arith.annualized', '65.6亿元']] }],
    ['zh consistent', { text: '一个季度6.56亿元的增量已经相当可观；若按这个势头，一年四个季度可达26亿元。', consistent: ['26亿元'] }],
    ['look-alike: no pace words', { text: '一个季度6.56亿元的增量已经相当可观；一年四个季度可达65.6亿元。' }],
  ])('%s', (_n, c) => run(c));
});

describe('a ratio restated in the next sentence', () => {
  it.each<[string, Case]>([
    [
      'en wrong',
      { text: "OpenAI books about $400 million a quarter. Baidu's $92 million is roughly a quarter of that. In other words Baidu earns less than 1/10 of what OpenAI does.", flagged: [['arith.ratio', '1/10']] },
    ],
    ['en turned round, consistent', { text: "OpenAI books about $400 million a quarter. Baidu's $92 million is roughly a quarter of that. In other words OpenAI earns about four times what Baidu does.", consistent: ['four times'] }],
    ['zh wrong', { text: 'OpenAI一个季度约4亿美元。百度的9200万美元只有它的四分之一左右。换句话说，百度的收入不到OpenAI的1/10。', flagged: [['arith.ratio', '1/10']] }],
    ['look-alike: no restatement cue', { text: "OpenAI books about $400 million a quarter. Baidu's $92 million is roughly a quarter of that. Baidu's cloud earns 1/10 of its revenue." }],
  ])('%s', (_n, c) => run(c));
});

describe('named amounts in two currencies', () => {
  it.each<[string, Case]>([
    ['zh converted, wrong', { text: '9月完成F轮，融资130亿美元，投后估值1830亿元。这轮融资额相当于估值的10%。', date: '2025-10-01', flagged: [['arith.percent-of', '10%']] }],
    ['zh same currency, consistent', { text: '9月完成F轮，融资130亿美元，投后估值1830亿美元。这轮融资额相当于估值的7%。', consistent: ['7%'] }],
  ])('%s', (_n, c) => run(c));
});

describe('a decline near 100% is judged on what is left', () => {
  it.each<[string, Case]>([
    ['zh wrong', { text: '推理成本从2022年11月的每百万tokens 20美元降到2024年10月的0.07美元，降幅超过99.9%。', flagged: [['arith.growth', '99.9%']] }],
    ['zh consistent', { text: '推理成本从2022年11月的每百万tokens 20美元降到2024年10月的0.07美元，降幅超过99.5%。', consistent: ['99.5%'] }],
    ['en wrong', { text: 'The price fell from $20 to $0.07, a decline of more than 99.9%.', flagged: [['arith.growth', '99.9%']] }],
    ['en rounded', { text: 'The price fell from $20 to $0.07, a decline of about 99.7%.', consistent: ['99.7%'] }],
  ])('%s', (_n, c) => run(c));
});

describe('a hedge on a figure written to three significant digits admits only its last digit', () => {
  it.each<[string, Case]>([
    ['zh total of two quarters, wrong', { text: '上季度收入334亿元。本季度收入398亿元。两个季度合计约832亿元。', flagged: [['arith.sum', '832亿元']] }],
    ['zh total of two quarters, rounded', { text: '上季度收入334亿元。本季度收入398亿元。两个季度合计约733亿元。', consistent: ['733亿元'] }],
    ['zh total rounded to two digits keeps the ±10% licence', { text: '上季度收入334亿元。本季度收入398亿元。两个季度合计约750亿元。', consistent: ['750亿元'] }],
    ['zh multiple of a named year, hedged operands, wrong', { text: '机构预计市场规模将从2023年的约212亿美元增至2028年的约488亿美元,届时约为2023年的3倍。', flagged: [['arith.growth', '3倍']] }],
    ['zh multiple of a named year, hedged operands, right', { text: '机构预计市场规模将从2023年的约212亿美元增至2028年的约488亿美元,届时约为2023年的2.3倍。', consistent: ['2.3倍'] }],
    ['zh operands written to two digits keep the ±10% licence', { text: '机构预计市场规模将从2023年的约210亿美元增至2028年的约490亿美元,届时约为2023年的2.5倍。', consistent: ['2.5倍'] }],
    ['en hedged total, wrong', { text: 'Q1 revenue was $1.25 billion and Q2 revenue $1.48 billion, a total of about $2.93 billion.', flagged: [['arith.sum', '$2.93 billion']] }],
    ['en hedged total, right', { text: 'Q1 revenue was $1.25 billion and Q2 revenue $1.48 billion, a total of about $2.73 billion.', consistent: ['$2.73 billion'] }],
    ['en hedged total to two digits', { text: 'Q1 revenue was $1.25 billion and Q2 revenue $1.48 billion, a total of about $2.9 billion.', consistent: ['$2.9 billion'] }],
  ])('%s', (_n, c) => run(c));
});

describe('a bracketed aside between a figure and the one it is compared with', () => {
  it.each<[string, Case]>([
    ['zh difference, right', { text: '该应用月活跃用户约12亿(公司10月的说法),比去年3月的5亿增加了7亿。', consistent: ['7亿'] }],
    ['zh difference, wrong', { text: '该应用月活跃用户约12亿(公司10月的说法),比去年3月的5亿增加了10亿。', flagged: [['arith.growth', '10亿']] }],
    ['zh other kind of amount is not compared', { text: '该应用月活跃用户约12亿(公司10月的说法),比去年3月的5亿美元收入增加了10亿美元。' }],
  ])('%s', (_n, c) => run(c));
});
