// Sentence templates for the benchmark corpus: AI-finance prose in English and Chinese, dense with
// figures written the ways drafts write them ($1.6 billion, $13B, 16亿美元, 35万块, 30%, 3x, per 1M
// tokens). Some sentences state figures the bundled fact base knows, right or wrong, so the
// benchmark exercises binding, judging and findings, not only recognition. All text is our own.

const COMPANIES_EN = ['OpenAI', 'Anthropic', 'Nvidia', 'Microsoft', 'Meta', 'Alphabet', 'Amazon', 'AMD', 'Oracle', 'CoreWeave', 'Baidu', 'Alibaba', 'Broadcom', 'TSMC'];
const COMPANIES_ZH = ['英伟达', '微软', '百度', '阿里巴巴', '腾讯', '智谱', '月之暗面', 'MiniMax', 'OpenAI', '谷歌', '亚马逊', '台积电', '寒武纪', '字节跳动'];
const PUBLISHERS_EN = ['The Information', 'the Financial Times', 'Reuters', 'Bloomberg', 'CNBC', 'The Wall Street Journal'];
const PUBLISHERS_ZH = ['36氪', '财新', '晚点LatePost', '第一财经', '路透社', '彭博社'];
const METRICS_EN = ['revenue', 'annualized revenue', 'capital expenditure', 'net income', 'operating income', 'data-center revenue', 'cloud revenue'];
const METRICS_ZH = ['营收', '年化收入', '资本开支', '净利润', '经营利润', '数据中心收入', '云业务收入'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HEDGES_EN = ['about ', 'roughly ', 'nearly ', 'more than ', 'at least ', 'almost ', '', '', ''];
const HEDGES_ZH = ['约', '近', '超过', '逾', '', '', ''];
const PRODUCTS = ['H100s', 'H200s', 'A100s', 'B200s', 'MI300X accelerators', 'GPUs'];

const year = (r) => r.int(2022, 2025);
const periodEn = (r) =>
  r.pick([
    () => `in ${r.pick(MONTHS)} ${year(r)}`,
    () => `in Q${r.int(1, 4)} ${year(r)}`,
    () => `for fiscal ${year(r)}`,
    () => `in the ${r.pick(['first', 'second', 'third', 'fourth'])} quarter of ${year(r)}`,
    () => `in ${year(r)}`,
  ])();
const periodZh = (r) =>
  r.pick([() => `${year(r)}年${r.int(1, 12)}月`, () => `${year(r)}年第${r.pick(['一', '二', '三', '四'])}季度`, () => `${year(r)}财年`, () => `${year(r)}年`])();

const moneyEn = (r) =>
  r.pick([
    () => `$${r.decimal(0.5, 99, 1)} billion`,
    () => `$${r.int(2, 950)}M`,
    () => `$${r.decimal(1, 60, 1)}B`,
    () => `US$${r.decimal(1, 4, 2)} trillion`,
    () => `$${r.int(10, 990)} million`,
    () => `$${r.int(1, 999)},${String(r.int(0, 999)).padStart(3, '0')},000`,
  ])();
const moneyZh = (r) =>
  r.pick([
    () => `${r.decimal(1, 900, 1)}亿美元`,
    () => `${r.int(2, 99)}亿元`,
    () => `${r.decimal(1, 9, 2)}万亿美元`,
    () => `${r.int(100, 9000)}万元`,
    () => `${r.pick(['十五', '三十', '六十', '一百二十'])}亿元`,
  ])();
const percent = (r) => r.pick([() => `${r.int(1, 300)}%`, () => `${r.decimal(0.5, 99, 1)}%`])();
const count = (r) => r.pick([() => `${r.int(10, 600)},000`, () => `${r.int(2, 900)}k`, () => `${r.decimal(1, 9, 1)} million`])();

/** Sentences whose figures the fact base can judge (half of them deliberately wrong). */
const KNOWN_EN = [
  (r) => `OpenAI's annualized revenue reached $${r.pick(['1.6', '2.6', '1.6', '2'])} billion in December 2023, according to The Information.`,
  (r) => `Nvidia's revenue for fiscal 2024 was $${r.pick(['60.9', '60.9', '69.0', '26.9'])} billion.`,
  (r) => `Meta plans to own ${r.pick(['350,000', '350,000', '530,000'])} H100s by the end of 2024.`,
  (r) => `ChatGPT Plus costs $${r.pick(['20', '20', '25'])} a month.`,
  (r) => `Nvidia's net income for fiscal 2024 was $${r.pick(['29.8', '29.8', '60.9'])} billion.`,
];
const KNOWN_ZH = [
  (r) => `据The Information报道，OpenAI在2023年12月的年化收入为${r.pick(['16', '26', '16', '20'])}亿美元。`,
  (r) => `英伟达2024财年营收为${r.pick(['609', '609', '690'])}亿美元。`,
  (r) => `Meta计划到2024年底拥有${r.pick(['35', '35', '53'])}万块H100。`,
  (r) => `ChatGPT Plus的订阅价格为每月${r.pick(['20', '20', '30'])}美元。`,
];

const GENERIC_EN = [
  (r) => `${r.pick(COMPANIES_EN)}'s ${r.pick(METRICS_EN)} was ${r.pick(HEDGES_EN)}${moneyEn(r)} ${periodEn(r)}, up ${percent(r)} from a year earlier.`,
  (r) => `According to ${r.pick(PUBLISHERS_EN)}, ${r.pick(COMPANIES_EN)} raised ${moneyEn(r)} at a valuation of ${moneyEn(r)} ${periodEn(r)}.`,
  (r) => `${r.pick(COMPANIES_EN)} bought ${r.pick(HEDGES_EN)}${count(r)} ${r.pick(PRODUCTS)} ${periodEn(r)}, ${r.int(2, 9)}x the year before.`,
  (r) => `Revenue grew from ${moneyEn(r)} to ${moneyEn(r)}, a rise of ${percent(r)}, while margins held at ${percent(r)}.`,
  (r) => `Input tokens cost $${r.decimal(0.1, 30, 2)} per 1M and output tokens $${r.decimal(0.4, 60, 2)} per 1M on the ${r.pick(['standard', 'batch', 'priority'])} tier.`,
  (r) => `Analysts at ${r.pick(PUBLISHERS_EN)} expect ${r.pick(COMPANIES_EN)} to spend ${moneyEn(r)} on data centers ${periodEn(r)}.`,
  (r) => `The deal values the start-up at ${r.int(10, 90)} times its run-rate revenue of ${moneyEn(r)}.`,
  (r) => `Cloud revenue rose ${percent(r)} year over year to ${moneyEn(r)}, and AI services contributed ${r.int(2, 19)} points of that growth.`,
  (r) => `Its ${r.int(1, 12)}-gigawatt campus will host ${count(r)} accelerators and cost ${r.pick(HEDGES_EN)}${moneyEn(r)} to build.`,
  () => `None of this says whether the spending will pay off, which is the question investors keep asking.`,
];
const GENERIC_ZH = [
  (r) => `${r.pick(COMPANIES_ZH)}${periodZh(r)}的${r.pick(METRICS_ZH)}为${r.pick(HEDGES_ZH)}${moneyZh(r)}，同比增长${percent(r)}。`,
  (r) => `据${r.pick(PUBLISHERS_ZH)}报道，${r.pick(COMPANIES_ZH)}以${moneyZh(r)}估值完成新一轮${moneyZh(r)}融资。`,
  (r) => `${r.pick(COMPANIES_ZH)}在${periodZh(r)}采购了${r.pick(HEDGES_ZH)}${r.int(1, 60)}万块GPU，是上一年的${r.pick(['两', '三', '五'])}倍。`,
  (r) => `按每百万tokens计，输入价格为${r.decimal(0.1, 20, 1)}元，输出价格为${r.decimal(0.5, 60, 1)}元。`,
  (r) => `${r.pick(COMPANIES_ZH)}表示，${periodZh(r)}资本开支将达到${moneyZh(r)}，其中约${percent(r)}用于AI基础设施。`,
  (r) => `在OpenAI ${periodZh(r)}的年化收入达到 ${r.decimal(1, 20, 1)} 亿美元之后，行业估值普遍上调了${r.int(10, 80)}%。`,
  () => `这些投入能否带来回报，仍然是市场最关心的问题。`,
];

/** One sentence in `lang`; about one in eight is a figure the fact base can judge. */
export function sentence(r, lang) {
  const known = lang === 'en' ? KNOWN_EN : KNOWN_ZH;
  const generic = lang === 'en' ? GENERIC_EN : GENERIC_ZH;
  return r.chance(0.125) ? r.pick(known)(r) : r.pick(generic)(r);
}

export const vocabulary = { COMPANIES_EN, COMPANIES_ZH, PUBLISHERS_EN, PUBLISHERS_ZH, METRICS_EN, METRICS_ZH, moneyEn, moneyZh, percent, count, periodEn, periodZh };
