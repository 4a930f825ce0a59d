/**
 * Shared test fixtures for binding: a small hand-built knowledge base (the real one lives in data/),
 * a quantity builder, and a runner that binds one document the way the pipeline does (sentences from
 * the real splitter, one paragraph per non-empty line, `#` lines as headings).
 */
import type { Claim, Entity, Metric, Quantity, QuantityKind, Span } from '../../../server/src/core/model';
import { bindClaims, findPeriods } from '../../../server/src/core/bind/index';
import type { BindingKnowledge } from '../../../server/src/core/bind/knowledge';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { analyze, type Analysis } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

function entity(id: string, kind: Entity['kind'], en: string[], zh: string[] = [], extra: Partial<Entity> = {}): Entity {
  return { id, kind, names: { en, zh }, ...extra };
}

function metric(id: string, kinds: QuantityKind[], periodKind: Metric['periodKind'], en: string[], zh: string[], names: [string, string]): Metric {
  return { id, names: { en: [names[0]], zh: [names[1]] }, triggers: { en, zh }, kinds, periodKind };
}

export const ENTITIES: Entity[] = [
  entity('nvidia', 'company', ['Nvidia', 'NVIDIA'], ['英伟达'], { fiscalYearEnd: '01-28' }),
  entity('microsoft', 'company', ['Microsoft'], ['微软'], { fiscalYearEnd: '06-30' }),
  entity('azure', 'product', ['Azure', 'Azure AI'], ['Azure云'], { parent: 'microsoft' }),
  entity('amy-hood', 'person', ['Amy Hood'], ['艾米·胡德'], { parent: 'microsoft' }),
  entity('openai', 'company', ['OpenAI'], []),
  entity('chatgpt', 'product', ['ChatGPT'], [], { parent: 'openai' }),
  entity('gpt-4', 'model', ['GPT-4'], [], { parent: 'openai' }),
  entity('meta', 'company', ['Meta'], ['Meta公司']),
  entity('alphabet', 'company', ['Google', 'Alphabet'], ['谷歌']),
  entity('apple', 'company', ['Apple'], ['苹果公司']),
  entity('baidu', 'company', ['Baidu'], ['百度']),
  entity('ernie', 'model', ['ERNIE'], ['文心一言'], { parent: 'baidu' }),
  entity('inflection-ai', 'company', ['Inflection AI', 'Inflection'], []),
  entity('cohere', 'company', ['Cohere'], []),
  entity('h100', 'product', ['H100', 'H100s'], [], { parent: 'nvidia' }),
  entity('a100', 'product', ['A100', 'A100s'], [], { parent: 'nvidia' }),
  entity('gpu', 'other', ['GPU', 'GPUs'], ['GPU', 'AI芯片']),
  entity('the-information', 'organisation', ['The Information'], ['The Information']),
  entity('financial-times', 'organisation', ['Financial Times', 'FT', 'the FT'], ['金融时报', '《金融时报》']),
  entity('omdia', 'organisation', ['Omdia'], []),
  entity('bloomberg', 'organisation', ['Bloomberg'], ['彭博社', '彭博']),
];

export const METRICS: Metric[] = [
  metric('revenue', ['money'], 'duration', ['revenue', 'sales'], ['营收', '收入', '销售额'], ['revenue', '营收']),
  metric('revenue.annualized', ['money'], 'instant', ['annualized revenue', 'run-rate', 'annualized'], ['年化收入', '年化'], ['annualized revenue', '年化收入']),
  metric('revenue.growth', ['percent', 'multiple'], 'duration', ['growth', 'grew', 'rose', 'up'], ['同比增长', '增长'], ['revenue growth rate', '收入增速']),
  metric('net-income', ['money'], 'duration', ['net income', 'profit', 'earned'], ['净利润', '利润', '赚'], ['net income', '净利润']),
  metric('valuation', ['money'], 'instant', ['valuation', 'valued at', 'worth'], ['估值'], ['valuation', '估值']),
  metric('funding.raised', ['money'], 'instant', ['raised', 'raise', 'funding'], ['融资', '募资'], ['funding raised in a round', '单轮融资额']),
  metric('market-cap', ['money'], 'instant', ['market cap', 'market value'], ['市值'], ['market capitalisation', '市值']),
  metric('market-cap.milestone', ['money'], 'instant', ['hit', 'reached', 'passed', 'market cap'], ['突破', '市值突破'], ['market cap milestone', '市值里程碑']),
  metric('gpus.acquired', ['count'], 'duration', ['bought', 'purchased', 'buy'], ['购买', '采购'], ['GPUs acquired', 'GPU采购量']),
  metric('gpus.owned-target', ['count'], 'instant', ['will have', 'own'], ['拥有'], ['GPUs targeted to own', 'GPU拥有量目标']),
  metric('compute.h100-equivalent', ['count'], 'instant', ['H100 equivalents', 'H100-equivalents'], ['H100等效', '等效算力'], ['H100-equivalent compute', 'H100等效算力']),
  metric('unit-price', ['money'], 'instant', ['price', 'costs', 'sells for'], ['单价', '售价', '价格'], ['unit price', '单价']),
  metric('api-price.input', ['money'], 'instant', ['input', 'input tokens'], ['输入', '提问'], ['API input price', 'API输入价格']),
  metric('subscription-price', ['money'], 'instant', ['per month', 'subscription'], ['每月', '月费'], ['subscription price', '订阅价格']),
  metric('users.weekly', ['count'], 'instant', ['weekly active users', 'weekly users'], ['周活跃用户', '周活'], ['weekly active users', '周活跃用户']),
  metric('deal.value', ['money'], 'instant', ['paid', 'pay', 'deal'], ['支付', '收购'], ['deal value', '交易金额']),
  metric('growth-contribution.points', ['points', 'percent'], 'duration', ['percentage points', 'points'], ['个百分点', '百分点'], ['percentage points of growth', '拉动增长的百分点']),
];

export function knowledge(entities: Entity[] = ENTITIES, metrics: Metric[] = METRICS): BindingKnowledge {
  const aliases = entities.flatMap((e) => [
    ...e.names.en.map((text) => ({ text, entity: e.id, lang: 'en' as const })),
    ...e.names.zh.map((text) => ({ text, entity: e.id, lang: 'zh' as const })),
  ]);
  aliases.sort((a, b) => b.text.length - a.text.length);
  return { entities: new Map(entities.map((e) => [e.id, e])), metrics: new Map(metrics.map((m) => [m.id, m])), entityAliases: aliases };
}

export const KB = knowledge();

/** A quantity as the recogniser would report it; only what binding reads is meaningful. */
export function q(text: string, start: number, end: number, kind: QuantityKind, value: number, extra: Partial<Quantity> = {}): Quantity {
  return {
    start,
    end,
    text,
    kind,
    value,
    low: value,
    high: value,
    bound: 'exact',
    style: { lang: 'en', decimals: 0, scale: 1, scaleWord: '', grouping: false, fullWidth: false, numerals: 'arabic', numberSpan: { start: 0, end: end - start } },
    ...extra,
  };
}

/** Finds the nth occurrence of `needle` in `text` and builds its quantity. */
export function qAt(text: string, needle: string, kind: QuantityKind, nth = 0, extra: Partial<Quantity> = {}): Quantity {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in test text`);
  }
  return q(needle, at, at + needle.length, kind, 0, extra);
}

/** Paragraphs as the pipeline gives them: one per non-empty line; "# " lines are headings (content only). */
export function paragraphsOf(text: string): (Span & { container: string })[] {
  const out: (Span & { container: string })[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const heading = /^#{1,6}\s+/.exec(line);
    if (line.trim() && !/^---\s*$/.test(line)) {
      const start = at + (heading ? heading[0].length : 0);
      out.push({ start, end: at + line.length, container: heading ? 'heading' : 'paragraph' });
    }
    at += line.length + 1;
  }
  return out;
}

export function bind(text: string, quantities: Quantity[], documentDate?: string, kb: BindingKnowledge = KB): Claim[] {
  const paragraphs = paragraphsOf(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text.slice(p.start, p.end), p.start));
  const sorted = [...quantities].sort((a, b) => a.start - b.start);
  return bindClaims({ text, quantities: sorted, sentences, paragraphs }, kb, documentDate ? { documentDate } : {});
}

/** The claim of one quantity. */
export function claimOf(claims: Claim[], quantity: Quantity): Claim {
  const c = claims.find((x) => x.quantity.start === quantity.start);
  if (!c) throw new Error(`no claim for ${quantity.text}`);
  return c;
}

/** The claim of `figure` when `text` is analysed whole against the bundled fact base (binding and verdict). */
export function analyzedClaim(text: string, figure: string, documentDate: string): Analysis['claims'][number] | undefined {
  const claims = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate }) }).claims;
  return claims.find((c) => c.quantity.text === figure);
}

/** The period binding gives a figure of a text, as "first day..last day". */
export function periodSpanOf(text: string, figure: string, documentDate: string): string | undefined {
  const p = analyzedClaim(text, figure, documentDate)?.period?.value;
  return p && `${p.start}..${p.end}`;
}

/** The period expressions of a text as [words, first day, last day], as the binder reads them on `documentDate`. */
export function periodsIn(text: string, documentDate: string): [string, string, string][] {
  return findPeriods(text, { start: 0, end: text.length }, { documentDate }).map((f) => [text.slice(f.start, f.end), f.period.start, f.period.end]);
}
