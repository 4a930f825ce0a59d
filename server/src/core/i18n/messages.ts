/**
 * The server's user-facing strings in English and Simplified Chinese. Diagnostics, hovers and fix
 * titles all come from here; `{name}` placeholders are filled by `t()`. The locale follows the editor's
 * display language (passed at initialization) unless the `tally.locale` setting overrides it.
 */
export type Locale = 'en' | 'zh-cn';

const en = {
  'verdict.supported': 'supported',
  'verdict.contradicted': 'contradicted',
  'verdict.wrong-period': 'wrong period',
  'verdict.wrong-currency': 'wrong currency',
  'verdict.wrong-scale': 'wrong scale',
  'verdict.wrong-metric': 'wrong metric',
  'verdict.misattributed': 'misattributed',
  'verdict.stale': 'stale',
  'verdict.conflicting': 'sources disagree',
  'verdict.unverifiable': 'no fact to check against',
  'verdict.inconsistent': 'arithmetic does not add up',
  'verdict.consistent': 'arithmetic checks out',
  'fact.contradicted': '{claim} does not match {subject}: {evidence}.',
  'fact.wrong-period': '{claim} is the figure for {otherPeriod}, not {period}: {evidence}.',
  'fact.wrong-currency': '{claim} has the wrong currency: {subject} is {evidence}.',
  'fact.wrong-scale': '{claim} looks off by a factor of {factor}: {subject} is {evidence}.',
  'fact.wrong-metric': '{claim} matches {otherMetric}, not {metric}: {evidence}.',
  'fact.misattributed': '{claim} is not what {attribution} reported: {evidence}.',
  'fact.stale': '{claim} is an older figure; a newer one was published before this draft: {evidence}.',
  'fact.conflicting': 'Sources disagree on {subject}: {evidence}. Name the source you follow.',
  'fact.unverified': 'No fact in the fact base decides {claim} ({subject}).',
  'fact.derived-total': '{claim} adds up figures that rest on a misreading ({from}); the total is wrong with them.',
  'fact.derived': '{claim} is computed from {from}, which are percentage points of growth, not a share of revenue; the amount rests on that misreading.',
  'arith.annualized': '{claim} does not match the amount it restates for another period: {formula} = {expected}.',
  'arith.percent-of': '{claim} does not match the percentage applied to its base: {formula} = {expected}.',
  'arith.sum': '{claim} is not the sum of its parts: {formula} = {expected}.',
  'arith.growth': '{claim} does not match the two values it compares: {formula} = {expected}.',
  'arith.ambiguous-growth': '{claim} is ambiguous: “{wording}” can mean ×{loose} or ×{strict}; write the multiple or the percentage instead.{fits}',
  'arith.ambiguous-fits': ' The figures here fit ×{reading}.',
  'arith.ratio': '{claim} does not match the ratio of the two amounts: {formula} = {expected}.',
  'arith.unit-price': '{claim} for {total} implies {expected} each, outside the sourced {product} price range {range}.',
  'arith.token-price': '{claim} does not convert to the price it restates: {formula} = {expected}.',
  'arith.currency': '{claim} does not match the conversion: {formula} = {expected}.',
  'arith.equation': 'The equation does not hold: {formula} = {expected}, not {claim}.',
  'arith.product': '{claim} is not the product it states (price × count, amount × multiple): {formula} = {expected}.',
  'arith.draft-says': 'the draft says {stated} ({diff})',
  'arith.operand-suspect': '{operand} is itself contradicted by the fact base: correct it first',
  'arith.operand-scale': '{operand} looks written at the wrong scale: at another power of ten the relation holds',
  'arith.operand-currency': '{operand} is in the wrong currency per the fact base; read in {currency}, the relation still does not hold',
  'arith.rate-stated': 'rate stated in the draft: {rate}',
  'arith.rate-fact': 'exchange rate {pair} for {period}: {rate}',
  'arith.fact-figure': 'fact base: {metric} for {period}, {value} ({source})',
  'arith.fact-round': 'fact base: {company} raised {raised} at a {valuation} valuation, announced {date} ({source})',
  'arith.words-per-token': 'rule of thumb: {rate} words per token',
  'arith.price-range': 'sourced {product} price: {range}',
  'fix.arith': 'Replace “{old}” with “{new}” (from the draft’s own figures)',
  'fix.replace': 'Replace “{old}” with “{new}” ({source})',
  'fix.cite': 'Insert a citation for “{claim}” ({source})',
  'fix.suppress': 'Suppress this {check} finding on the next line (with a reason)',
  'fix.addFact': 'Add “{claim}” as a fact to the workspace fact pack',
  'fix.fixAll': 'Fix all certain Tally corrections in this file',
  'suppress.reason': 'reason: say why this figure is right',
  'hover.read': 'Read as',
  'hover.interval': 'interval',
  'hover.verdict': 'Verdict',
  'hover.entity': 'About',
  'hover.period': 'Period',
  'hover.attribution': 'Attributed to',
  'hover.facts': 'Facts',
  'hover.value': 'Value',
  'hover.qualifier': 'Qualifier',
  'hover.source': 'Source',
  'hover.date': 'Date',
  'hover.computation': 'Computation',
  'hover.suppressed': 'Suppressed',
  'hover.fromMemory': 'from memory (informs only)',
  'doc.too-large': 'This document has {size} characters; Tally checked the first {limit} only (setting tally.maxDocumentSize).',
  'trust.limited': 'Untrusted workspace: Tally uses its bundled facts only and ignores workspace fact packs.',
};

type Key = keyof typeof en;

const zhCn: Record<Key, string> = {
  'verdict.supported': '有据可查',
  'verdict.contradicted': '与事实不符',
  'verdict.wrong-period': '时期错误',
  'verdict.wrong-currency': '币种错误',
  'verdict.wrong-scale': '数量级错误',
  'verdict.wrong-metric': '指标错误',
  'verdict.misattributed': '出处错误',
  'verdict.stale': '数据过时',
  'verdict.conflicting': '来源说法不一',
  'verdict.unverifiable': '无可核对的事实',
  'verdict.inconsistent': '计算不一致',
  'verdict.consistent': '计算一致',
  'fact.contradicted': '{claim} 与{subject}不符：{evidence}。',
  'fact.wrong-period': '{claim} 是{otherPeriod}的数字，而不是{period}的：{evidence}。',
  'fact.wrong-currency': '{claim} 的币种有误：{subject}为 {evidence}。',
  'fact.wrong-scale': '{claim} 的数量级似乎差了 {factor} 倍：{subject}为 {evidence}。',
  'fact.wrong-metric': '{claim} 对应的是{otherMetric}，而不是{metric}：{evidence}。',
  'fact.misattributed': '{claim} 并非{attribution}报道的数字：{evidence}。',
  'fact.stale': '{claim} 是旧数字，本文写作前已有更新的数据：{evidence}。',
  'fact.conflicting': '关于{subject}，各来源说法不一：{evidence}。请注明所依据的来源。',
  'fact.unverified': '事实库中没有可以核对 {claim}（{subject}）的事实。',
  'fact.derived-total': '{claim} 是把建立在误读之上的数字（{from}）加总而来的，总数同样有误。',
  'fact.derived': '{claim} 是由 {from} 换算而来的，而这些是对增长贡献的百分点，并非营收占比；这个金额建立在误读之上。',
  'arith.annualized': '{claim} 与它换算的另一周期金额不符：{formula} = {expected}。',
  'arith.percent-of': '{claim} 与百分比乘以基数的结果不符：{formula} = {expected}。',
  'arith.sum': '{claim} 不等于各部分之和：{formula} = {expected}。',
  'arith.growth': '{claim} 与所比较的两个数值不符：{formula} = {expected}。',
  'arith.ambiguous-growth': '{claim} 有歧义：“{wording}”既可理解为 ×{loose}，也可理解为 ×{strict}；请改写为具体倍数或百分比。{fits}',
  'arith.ambiguous-fits': '此处数字符合 ×{reading}。',
  'arith.ratio': '{claim} 与两个金额之比不符：{formula} = {expected}。',
  'arith.unit-price': '{total} 购买 {claim}，意味着单价 {expected}，超出有来源的 {product} 价格区间 {range}。',
  'arith.token-price': '{claim} 与它换算的价格不符：{formula} = {expected}。',
  'arith.currency': '{claim} 与币种换算结果不符：{formula} = {expected}。',
  'arith.equation': '等式不成立：{formula} = {expected}，而不是 {claim}。',
  'arith.product': '{claim} 不等于它所表示的乘积（单价×数量、金额×倍数）：{formula} = {expected}。',
  'arith.draft-says': '文中写的是 {stated}（{diff}）',
  'arith.operand-suspect': '{operand} 本身与事实库不符：请先更正它',
  'arith.operand-scale': '{operand} 的数量级似乎有误：换一个数量级后计算即成立',
  'arith.operand-currency': '据事实库，{operand} 的币种有误；按{currency}计算，关系仍不成立',
  'arith.rate-stated': '文中给出的汇率：{rate}',
  'arith.rate-fact': '{pair} 汇率（{period}）：{rate}',
  'arith.fact-figure': '事实库：{metric}（{period}）为 {value}（{source}）',
  'arith.fact-round': '事实库：{company} 以 {valuation} 估值融资 {raised}，{date} 宣布（{source}）',
  'arith.words-per-token': '经验值：每个 token 约 {rate} 个英文单词',
  'arith.price-range': '有来源的 {product} 价格：{range}',
  'fix.arith': '将“{old}”改为“{new}”（根据文中自身的数字计算）',
  'fix.replace': '将“{old}”改为“{new}”（{source}）',
  'fix.cite': '为“{claim}”插入引用（{source}）',
  'fix.suppress': '在下一行忽略此 {check} 提示（注明理由）',
  'fix.addFact': '将“{claim}”作为事实加入工作区事实包',
  'fix.fixAll': '修正此文件中所有确定的 Tally 问题',
  'suppress.reason': '理由：说明这个数字为何正确',
  'hover.read': '识别为',
  'hover.interval': '区间',
  'hover.verdict': '结论',
  'hover.entity': '对象',
  'hover.period': '时期',
  'hover.attribution': '出处',
  'hover.facts': '事实',
  'hover.value': '数值',
  'hover.qualifier': '说明',
  'hover.source': '来源',
  'hover.date': '日期',
  'hover.computation': '计算过程',
  'hover.suppressed': '已忽略',
  'hover.fromMemory': '凭记忆（仅供参考）',
  'doc.too-large': '本文档共 {size} 个字符；Tally 只检查了前 {limit} 个（设置 tally.maxDocumentSize）。',
  'trust.limited': '工作区未受信任：Tally 仅使用内置事实库，忽略工作区事实包。',
};

const bundles: Record<Locale, Record<Key, string>> = { en, 'zh-cn': zhCn };

export type MessageKey = Key;

export function t(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  const template = bundles[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Maps a VS Code display language ("zh-cn", "zh-CN", "en-US") to a supported locale. */
export function toLocale(language: string | undefined): Locale {
  return language && /^zh(-hans|-cn|$)/i.test(language) ? 'zh-cn' : 'en';
}

export const ALL_LOCALES: readonly Locale[] = ['en', 'zh-cn'];
export function messageKeys(locale: Locale): string[] {
  return Object.keys(bundles[locale]);
}
