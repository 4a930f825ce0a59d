/**
 * A figure the draft quotes as wording it withdraws is no claim of the draft: a corrections note's
 * "an earlier version said Microsoft paid "$6.5 billion"", "this piece originally stated $6.5 billion",
 * 原文误作65亿美元, 此前版本误写为65亿美元, 更正前为65亿美元. Checking it would argue with the correction
 * itself: the figure is wrong on purpose. The words must stand before the figure in its own sentence,
 * with no sentence break between (the correct figure that follows is checked as usual).
 */
import type { Quantity, Span } from '../model';
import { endsInsideQuotation } from '../text/quotes';

/** How far before the figure the withdrawing words are looked for. */
const REACH = 80;

const EN_RETRACTED = new RegExp(
  [
    // "an earlier version (of this story / of item 6) said/stated/gave/put/had …"
    String.raw`\b(?:an?\s+|the\s+)?(?:earlier|previous|prior|original|first)\s+(?:version|draft|edition)\b[^.;!?]{0,50}?\b(?:said|stated|gave|put|had|listed|reported|read|quoted|misstated)\b`,
    // "this article originally/incorrectly/mistakenly said …", "we misstated … as"
    String.raw`\b(?:originally|incorrectly|mistakenly|erroneously|wrongly)\s+(?:said|stated|gave|put|reported|listed|read|quoted|wrote)\b`,
    // A wording only supposed, to show the slip: "if you wrote it as $6.6 billion", "were it written as".
    String.raw`\b(?:if\s+(?:you|we|one|someone|anyone|it\s+(?:were|was|is))|were\s+it)\s+(?:[a-z]+\s+){0,3}?(?:wrote|write|writes|written|put|puts|printed)\b[^.;!?,]{0,30}?\bas\s*$`,
    String.raw`\bmis(?:stated|reported|quoted)\b`,
    // A wording named as a mistake before it is given: "a common slip is to say Acme "earned $5 billion more"".
    String.raw`\b(?:slip|mistake|error|misreading|misconception)\s+(?:is|was)\s+to\s+(?:say|write|claim|report|state|quote)\b`,
  ].join('|') + String.raw`[^.;!?]*$`,
  'i',
);

const ZH_RETRACTED = /(?:常见|一个|一种)(?:的)?(?:错误|误区|误读|口误)(?:是|就是)(?:说|写|把)[^。；！？]*$|(?:原文|原稿|此前版本|前一版本|上一版本|旧版|初版|更正前)[^。；！？]{0,20}?(?:误作|误写为|误写作|误为|写作|写为|称|为)[^。；！？]*$|(?:误作|误写为|误写作|错写为|错写成)[^。；！？]{0,10}$|(?:如果|假如|倘若|要是)[^。；！？，]{0,12}?(?:写成|写作|写为|说成|记成|记为)$/;

/**
 * A figure the sentence denies in passing: "about $650 million, not $6.5 billion", "6.5亿美元，而非65亿美元".
 * Only right after the comma or dash and its "not" ("not more than $5 billion", "not only $5 billion" are
 * bounds and claims; so is a bare 不是, as often "不是…而是" of a stated figure).
 */
const EN_DENIED = /[,—–]\s*(?:and\s+)?not\s+(?:the\s+)?$/i;
const ZH_DENIED = /(?:而非|并非|而不是)\s*$/;

/**
 * Someone else's wording that the sentence negates as it quotes it: 'this is not "AI is 8% of Azure
 * revenue"', 'Careful: not "95% of projects fail"', 这并不是“AI占Azure收入的8%”: the figure inside the
 * quotation marks is the wording the writer rejects, not a claim. The negation must stand right before
 * the opening mark (a quotation merely reported, "有财经号把…写成了“3052万元”", is the writer's claim that
 * someone wrote it, and a misquote checked as such), and the figure must lie inside the still-open quote.
 * Also the aside "not, as some say, $5 billion": the figure the writer rejects, named as others' wording.
 */
const EN_NEGATED_LEAD = /(?<![A-Za-z])(?:not|never|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s*[:,]?\s*$/i;
const ZH_NEGATED_LEAD = /(?:不是|并非|并不是|绝不是|而非|而不是|不等于|并不等于)\s*[:：,，]?\s*$/;
const EN_NOT_AS_SAID = /(?<![A-Za-z])not,\s+as\s+[^,.;]{1,40}?\s+(?:say|says|said|claim|claims|claimed|suggest|suggests|suggested|reported|put\s+it),\s*(?:about|around|roughly|some)?\s*$/i;

/** Where the quotation still open at the end of `before` opens, or -1. */
function openQuoteAt(before: string): number {
  const straight = before.split('"').length % 2 === 0 ? before.lastIndexOf('"') : -1;
  const curly = [['“', '”'], ['「', '」'], ['『', '』']].map(([open, close]) => (before.lastIndexOf(open) > before.lastIndexOf(close) ? before.lastIndexOf(open) : -1));
  return Math.max(straight, ...curly);
}

function negatedQuote(before: string): boolean {
  if (EN_NOT_AS_SAID.test(before)) return true;
  const open = openQuoteAt(before);
  if (open < 0) return false;
  const lead = before.slice(Math.max(0, open - 20), open);
  return EN_NEGATED_LEAD.test(lead) || ZH_NEGATED_LEAD.test(lead);
}

/**
 * Someone else's wording the next sentence refutes or questions: 'A July explainer said AI is "8% of Azure
 * revenue". That is wrong: …', 'I keep seeing that OpenAI had "$1.6 billion in revenue". Is that right?',
 * 有文章称OpenAI"营收16亿美元"。这是错的。 The draft reports the figure in order to reject or ask about it;
 * it does not assert it. Both must hold: the figure is quoted (inside quotation marks) or reported (after
 * a verb of saying in its sentence), and the very next sentence opens with the refutation or the question.
 * A quotation the next sentence confirms ("That is right"), or a refutation of the draft's own unreported
 * figure, keeps the figure a claim.
 */
const REPORTED_EN =
  /(?<![A-Za-z])(?:said|says|say|claimed|claims|claim|wrote|writes|reported|reports|stated|states|keep\s+seeing|kept\s+seeing|keep\s+hearing|heard|suggested|suggests|put\s+it\s+at|circulating|(?:puts|put|putting|pegs|pegged)\s+[^.;!?]{1,60}?\s+at)(?![A-Za-z])/i;
const REPORTED_ZH = /称|说|写道|报道|声称|表示|宣称|流传|看到/;
const REFUTED_EN =
  /^(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)|(?:that|this|the)\s+(?:figure|number|claim|statement|line|report)\s+(?:is|was))\s+(?:(?:simply|just|plainly|also)\s+)?(?:wrong|incorrect|false|inaccurate|mistaken|not\s+(?:right|true|correct|accurate|so)|an?\s+(?:typo|misprint|error|mistake|typographical\s+error|(?:slipped|misplaced|shifted)\s+decimal(?:\s+point)?|decimal(?:[\s-]+point)?\s+slip))(?![A-Za-z])/i;
/**
 * A bare negated auxiliary answers the report as a whole: "A post said Acme was worth $9 billion in June.
 * It was not.", "…. That isn't so.", 有帖子称其估值90亿美元。事实并非如此。 Only the whole sentence: "It was
 * not until May that…" goes on and states something else.
 */
const DENIED_EN = /^(?:that|this|it|they)(?:\s+(?:is|was|were|are|did|does|has|had)\s+not|\s+(?:isn|wasn|weren|aren|didn|doesn|hasn|hadn)['’]t)(?:\s+so)?\s*[.!]/i;
const DENIED_ZH = /^(?:(?:但|但是|不过)?事实(?:上)?)?(?:并非如此|并不是这样|不是这样|其实不然|实则不然)/;
/**
 * The next sentence answers the report with a bare "No" or denies that its source ever gave the figure:
 * 'A reader asked whether Acme made "$4 billion in Q2". No: that is the full-year number.', '… "$9
 * billion". Acme never reported that.', 有帖子称…"90亿美元"。不是，…, 公司从未公布过这个数字. "No" must be followed
 * by a mark of its own ("No. 2" and "No one" go on), and the denier is the sentence's subject: a name, a
 * pronoun or "the company" right before "never", and what it denies is the report itself (that, it, this,
 * so, such a figure): "Acme never reported a loss" denies something else and keeps the report a claim.
 */
const NO_EN = /^No(?:\s*[:;,—–]|\.(?=\s+[A-Z]))/;
const NEVER_SAID_EN =
  /^(?:It|They|He|She|The\s+(?:company|filing|release|report|firm)|No\s+one|Nobody|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:(?:has|have|had|did)\s+)?never\s+(?:reported|said|gave|given|published|disclosed|announced|printed|stated|put\s+out|report|say|give|publish|disclose|announce|state)\s+(?:that|it|this|so|any\s+such|such\s+a)(?![A-Za-z])/;
const NO_ZH = /^(?:不是|并不是|不对)[。，,：:！!；;]/;
const NEVER_SAID_ZH = /^[^。；！？，,]{0,12}?(?:从未|从来没有?|从没有?)(?:披露|公布|报告|报道|发布|给出|说)过?(?:这个|该|此|这一|这样的|类似的)?(?:数字|数据|说法)?/;
const QUESTIONED_EN = /^(?:is|was)\s+(?:that|this|it)(?:\s+(?:figure|number|claim))?\s+(?:right|true|correct|accurate|so)\s*\?/i;
const REFUTED_ZH = /^(?:(?:这|此|该)(?:个|一)?(?:说法|数字|数据)?(?:是错的|是错误的|不对|有误|并不准确|不准确|错了|是笔误|系笔误|属笔误|是打错了)|不对|并不准确|这并不准确)/;
const QUESTIONED_ZH = /^(?:(?:这|此|该)(?:个|一)?(?:说法|数字|数据)?)?(?:对吗|对不对|是真的吗|属实吗|准确吗|可信吗)/;
/**
 * A concession that dates the report to the past: 'A reader wrote that "the model costs $40 per million
 * tokens". It did, until June.' / "That was true until the March cut." The next sentence grants the
 * figure only up to a time, so the report is quoted as out of date, not restated as the writer's own.
 */
const CONCEDED_UNTIL_EN = /^(?:that|this|it|they)\s+(?:did|was|were|had|held|used\s+to)(?:\s+(?:true|so|right|correct))?\s*,?\s+(?:until|till|up\s+to|before)\s/i;
/** What may stand between the sentence's end and the next sentence's first word. */
const NEXT_OPENING = /^[\s"“”'‘’「」『』*_]*/;

/** The figure is quoted (inside quotation marks) or reported (after a verb of saying in its sentence). */
function reportedBefore(text: string, q: Quantity, sentence: Span): boolean {
  const before = text.slice(sentence.start, q.start);
  return endsInsideQuotation(before) || REPORTED_EN.test(before) || REPORTED_ZH.test(before);
}

/**
 * The same sentence goes on, after a semicolon or a dash, to refute the report or to warn against it: "A
 * note says AI is 8% of Azure revenue; we should not repeat it", "…8%；这个说法不对", "…; that is wrong",
 * 'one wire put it at "$3.5 million"; that is a typo', "…；这个数字是笔误".
 */
const AFTER_BREAK = /[;；—–]+\s*(.*)$/s;
const WARNED_EN = /^(?:(?:we|you)\s+(?:should|must)\s+not|(?:do\s+not|don['’]t|never))\s+(?:repeat|use|quote|cite|copy)\s+(?:it|that|this|the\s+(?:figure|number|claim))(?![A-Za-z])/i;
const WARNED_ZH = /^(?:我们)?(?:不要|不应|不能|别|切勿)(?:再)?(?:引用|沿用|重复|照搬|使用)/;

/**
 * Or it names, after the break, the currency the figure is really in: 'One newsletter rendered it as "$5.8
 * billion"; it is euros.', 有帖子写“阿里三年投3800亿美元”——公司口径是人民币。 The quoted figure is the slip
 * the writer sets right. Only a currency other than the figure's own: 'said "$5.8 billion"; it is in dollars,
 * not euros' confirms the quote and keeps it a claim.
 */
const CURRENCY_NAMED_EN =
  /^(?:it|that|this|the\s+(?:figure|number|amount|currency|unit))(?:['’]s|\s+(?:is|was|are|were))\s+(?:(?:actually|really|in\s+fact)\s+)?(?:in\s+)?(euros?|yuan|renminbi|RMB|(?:Hong\s+Kong\s+|HK\s+|(?:New\s+)?Taiwan\s+)?dollars|US\s+dollars|U\.S\.\s+dollars|pounds(?:\s+sterling)?|sterling|yen|won)(?![A-Za-z])/i;
const CURRENCY_NAMED_ZH = /^(?:(?:公司|官方|财报|公告|原文|招股书)的?)?(?:口径|单位|币种|货币|计价货币)?(?:其实|实际)?(?:是|为|应为|应是)(?:以)?(人民币|美元|港元|港币|欧元|日元|韩元|新台币|英镑)/;
/** The ISO code of a currency named above. */
function currencyCode(name: string): string {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  if (/^euro|欧元/.test(n)) return 'EUR';
  if (/yuan|renminbi|rmb|人民币/.test(n)) return 'CNY';
  if (/hong kong|hk |港/.test(n)) return 'HKD';
  if (/taiwan|新台币/.test(n)) return 'TWD';
  if (/pound|sterling|英镑/.test(n)) return 'GBP';
  if (/yen|日元/.test(n)) return 'JPY';
  if (/won|韩元/.test(n)) return 'KRW';
  return 'USD';
}

/** The break names a currency other than the figure's own: the figure's currency slipped. */
function currencyNamed(next: string, q: Quantity): boolean {
  const named = CURRENCY_NAMED_EN.exec(next) ?? CURRENCY_NAMED_ZH.exec(next);
  return named !== null && q.currency !== undefined && currencyCode(named[1]) !== q.currency;
}

/**
 * Or the clause right after the figure, past its closing mark and a comma, denies it outright: 有文章称指引是
 * “1200亿美元”，公司从未给出过这个数字; '…said "$9 billion", but that is wrong'. Only a refutation or a denial
 * that the source ever gave it (a warning or a currency named needs the stronger break above).
 */
const CLAUSE_AFTER = /^[”"」』]?\s*[,，]\s*(?:but\s+|但|但是|不过)?(.*)$/s;

function deniedInNextClause(text: string, q: Quantity, sentence: Span): boolean {
  const rest = CLAUSE_AFTER.exec(text.slice(q.end, Math.min(sentence.end, q.end + 80)));
  if (!rest) return false;
  const next = rest[1];
  return REFUTED_EN.test(next) || REFUTED_ZH.test(next) || NEVER_SAID_EN.test(next.replace(/^[a-z]/, (c) => c.toUpperCase())) || NEVER_SAID_ZH.test(next);
}

function refutedAfter(text: string, q: Quantity, sentence: Span): boolean {
  if (deniedInNextClause(text, q, sentence)) return true;
  const rest = AFTER_BREAK.exec(text.slice(q.end, Math.min(sentence.end, q.end + 120)));
  if (!rest) return false;
  const next = rest[1].replace(NEXT_OPENING, '');
  return REFUTED_EN.test(next) || REFUTED_ZH.test(next) || WARNED_EN.test(next) || WARNED_ZH.test(next) || currencyNamed(next, q);
}

/** The very next sentence opens by refuting or questioning what came before. */
function refutedNext(text: string, sentence: Span): boolean {
  const next = text.slice(sentence.end, sentence.end + 60).replace(NEXT_OPENING, '');
  return (
    REFUTED_EN.test(next) ||
    QUESTIONED_EN.test(next) ||
    REFUTED_ZH.test(next) ||
    QUESTIONED_ZH.test(next) ||
    DENIED_EN.test(next) ||
    DENIED_ZH.test(next) ||
    NO_EN.test(next) ||
    NEVER_SAID_EN.test(next) ||
    NO_ZH.test(next) ||
    NEVER_SAID_ZH.test(next) ||
    CONCEDED_UNTIL_EN.test(next)
  );
}

/**
 * Quoted wording the text goes on to correct: 'Line as filed: "Inflection raised $1.5 billion in June."
 * **Reworded.** The round was $1.3 billion', 引用了某号的说法：“四季度收入65.6亿元”。该数字多写了一位，正确值是
 * 6.56亿元. The figure is inside quotation marks, and within the next two sentences of its paragraph a word of
 * correction (reworded, corrected, should read, the right or published figure/estimate is, in fact; 更正,
 * 正确值, 正确的写法, 应为, 有误, 误译, 多(写)了一位, 实际为; 原文是 right before a figure, as in '写成"246万美元"，招股书
 * 原文是346万美元') is followed by another figure: the draft quotes the
 * wrong figure to replace it. (Binding reads one paragraph at a time, so a correction in the next
 * paragraph, as in a '**原文:**"…"' block and its '**更正:**', is not seen: findings.ts keeps a slip inside
 * quotation marks at information for that reason.) A quotation followed by a confirmation, or by a
 * correction that gives no figure, stays a claim.
 */
const CORRECTED_EN =
  /(?<![A-Za-z])(?:reworded|rewritten|corrected|correction|should\s+(?:read|have\s+(?:read|said|been))|the\s+(?:right|correct|actual|accurate|published|real|true)\s+(?:figure|number|value|amount|estimate)|in\s+fact)(?![A-Za-z])/i;
const CORRECTED_ZH = /更正|改正|订正|纠正|勘误|正确(?:值|的数字|数字|的数据|数据|的说法|的?写法)|应为|应是|有误|误译|(?:多|少)写?了一位|多了一个零|少了一个零|实际为|实际上是|实为|其实(?:只有|仅有?|是|为)|原文(?:是|为|写的是|写作)(?=[约近]?\d)/;
/** A period written with digits ("2025财年", "2024年", "FY2025", "Q3", "fiscal 2025"): no figure that corrects. */
const PERIOD_WORDING = /\d+\s*(?:财年|年度?|财季|季度|月份?|日)|(?:FY|Q)\s*\d+|fiscal\s+(?:year\s+)?\d{4}/gi;
/** How far past the quoting sentence the correction is looked for (two sentences, inside the paragraph). */
const CORRECTION_REACH = 300;

function correctedNext(text: string, sentence: Span): boolean {
  // The correction may follow the quotation inside its own sentence ('有自媒体写成“输出0.11美元”，少写了一位，
  // 正确是1.10美元。'): read from the last closing mark of the sentence, else from its end.
  const closing = Math.max(...['"', '”', '」', '』'].map((mark) => text.lastIndexOf(mark, sentence.end - 1)));
  const from = closing >= sentence.start ? closing + 1 : sentence.end;
  let stretch = text.slice(from, from + CORRECTION_REACH);
  const paragraphEnd = stretch.search(/\n\s*\n/);
  if (paragraphEnd >= 0) stretch = stretch.slice(0, paragraphEnd);
  // Two sentences on: stop after the second sentence end (a full stop not inside a number).
  const ends = [...stretch.matchAll(/[。！？!?]|\.(?!\d)/g)].map((m) => m.index + 1).filter((i) => stretch.slice(0, i).trim().replace(/[*_"”’\s]/g, '').length > 1);
  const limit = from < sentence.end ? 3 : 2; // the rest of the quoting sentence counts as one more
  if (ends.length > limit) stretch = stretch.slice(0, ends[limit - 1]);
  const cue = CORRECTED_EN.exec(stretch) ?? CORRECTED_ZH.exec(stretch);
  // The replacing figure must be an amount: "其实是2025财年的数字" restates the period, and the quoted
  // figure stays a claim checked under it (bind/restatedPeriod.ts).
  return cue !== null && /\d/.test(stretch.slice(cue.index).replace(PERIOD_WORDING, ''));
}

/**
 * Someone's figure reported without quotation marks and replaced at once: "A blog wrote that Nvidia earned
 * $609 billion in fiscal 2024. The figure is $60.9 billion.", 有帖子称其营收为6090亿美元。正确的数字是609亿美元。
 * The figure follows a verb of saying in its sentence, and the very next sentence opens by stating the
 * figure (the figure / the correct or published estimate is or was, 正确的数字是, 实际为) with a number right
 * after: no other reading of such a pair than a correction. "The figure is the largest on record" gives no
 * number and keeps the report a claim.
 */
const RESTATED_EN = /^the\s+(?:(?:right|correct|actual|accurate|published|real|true)\s+)?(?:figure|number|amount|estimate)\s+(?:is|was)\s+(?:about\s+|around\s+|roughly\s+|some\s+|~)?[$€£¥]?\d/i;
const RESTATED_ZH = /^(?:正确的?(?:数字|数据|写法|说法)?|实际(?:上)?|这一数字应)(?:是|为)(?:约|大约)?[\d一二三四五六七八九十]/;
/**
 * A bare restatement that is the whole next sentence: 'A wire summary had the unit "at $3.9 trillion a
 * year". It is $390 billion.' "It/that is (actually) X" and nothing more can only set the report right;
 * "It was $1 billion more than the year before" goes on after the figure and stays a plain sentence.
 */
const RESTATED_BARE_EN =
  /^(?:it|that)(?:['’]s|\s+(?:is|was))\s+(?:(?:actually|really|in\s+fact)\s+)?(?:(?:about|around|roughly|some)\s+|~)?[$€£¥]?\d[\d.,]*\s*(?:trillion|billion|million|thousand|bn|tn|mn|[kKmMbBT])?\s*[.!](?!\d)/i;

function restatedNext(text: string, sentence: Span): boolean {
  const next = text.slice(sentence.end, sentence.end + 80).replace(NEXT_OPENING, '');
  return RESTATED_EN.test(next) || RESTATED_ZH.test(next) || RESTATED_BARE_EN.test(next);
}

/**
 * A corrections entry's quoted original: a paragraph that is only a label of the draft's own earlier
 * wording and a quotation ('**We wrote:** "Mistral's $105 million seed round…"', **原文：**"…多了340亿美元。"),
 * the correction following in the next paragraph. The quotation is the wording withdrawn, not a claim.
 * Only a paragraph with nothing after the closing mark: a quotation the same paragraph goes on to confirm
 * (原稿：“…”与财报一致) or discuss stays a claim, and so does a quotation after another label ("Reuters:").
 */
const EARLIER_WORDING_LEAD =
  /(?:^|\n)[ \t>*_]*(?:(?:we|I)\s+(?:wrote|said|reported|printed|published|stated)|what\s+we\s+(?:wrote|said|printed)|as\s+(?:published|printed|filed)|original(?:\s+(?:text|wording|line|sentence|version))?|原文|原稿|原句|原话|(?:我们|本文|我)(?:曾|此前|原)?写道)\s*[*_]*\s*[:：]\s*[*_]*\s*(["“「])[^"“”「」\n]*$/i;
const QUOTE_CLOSE: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
const PARAGRAPH_REST = /^[\s.…。!！?？*_]*(?:\n\s*\n|$)/;
const EARLIER_WORDING_WORDS = /wrote|said|reported|printed|published|stated|filed|original|原文|原稿|原句|原话|写道/i;

/** The figure at q lies in a corrections entry's quoted original (also read by the arithmetic: its own sums are withdrawn too). */
export function quotedOriginal(text: string, q: Span): boolean {
  const lead = EARLIER_WORDING_LEAD.exec(text.slice(Math.max(0, q.start - 200), q.start));
  if (!lead) return false;
  const close = text.indexOf(QUOTE_CLOSE[lead[1]], q.end);
  const lineEnd = text.indexOf('\n', q.end);
  if (close < 0 || (lineEnd >= 0 && lineEnd < close)) return false;
  return PARAGRAPH_REST.test(text.slice(close + 1, close + 1 + 40));
}

/**
 * A figure the sentence names only to call it a slip: "The $74B in the first row is a typo", "the "$2.4
 * billion" on slide 3 was a misprint", 表中的740亿美元是笔误, or a misreading or a rumour the writer sets
 * straight ('the "90% fail" figure is a misreading', 流传的“300万付费用户”是误读). The figure is mentioned, not used: the
 * subject of a predicate that says the written figure is an error, with no other figure or clause break
 * between. Only a figure the definite article (or, in Chinese, the start of its clause or a 的) leads:
 * "raised $74B, which is a typo" reports the figure and then judges it, and stays a claim.
 */
const NAMED_LEAD_EN = /(?<![A-Za-z])the\s+["“]?$/i;
const NAMED_SLIP_EN = /^["”]?[^,;:.\d]{0,50}?(?<![A-Za-z])(?:is|was)\s+(?:(?:simply|just|clearly|obviously)\s+)?an?\s+(?:typo|misprint|typographical\s+error|transcription\s+error|slip\s+of\s+the\s+pen|misreading|misquote|myth)(?![A-Za-z])/i;
const NAMED_LEAD_ZH = /(?:^|[，,。；;：:（(]|的)\s*[“"]?$/;
const NAMED_SLIP_ZH = /^[”"]?[^，,。；;：:\d]{0,12}?(?:是|系|属|为)(?:一个|一处|一种)?(?:笔误|打字错误|排版错误|录入错误|手误|误读|误传|谣传|谣言)/;

function namedAsSlip(text: string, q: Quantity, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, q.start - 12), q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 90));
  return (NAMED_LEAD_EN.test(before) && NAMED_SLIP_EN.test(after)) || (NAMED_LEAD_ZH.test(before) && NAMED_SLIP_ZH.test(after));
}

/**
 * Words each pattern above cannot match without (EN_RETRACTED: version, draft or edition, an adverb of
 * error, or mis-; ZH_RETRACTED: one of its openers or 误/错写; the denials: not, 而非, 并非, 而不是). The
 * words before a figure lie inside its sentence, so a sentence without them holds no withdrawn figure.
 */
const EN_RETRACTED_WORDS = /version|draft|edition|originally|incorrectly|mistakenly|erroneously|wrongly|mis(?:stated|reported|quoted)|\bif\b|\bwere\s+it\b|slip|mistake|error|misreading|misconception/i;
const ZH_RETRACTED_WORDS = /原文|原稿|版本|旧版|初版|更正前|误作|误写|误为|错写|如果|假如|倘若|要是|错误|误区|误读|口误/;
const EN_DENIED_WORDS = /not/i;
const ZH_DENIED_WORDS = /而非|并非|而不是/;
const SLIP_WORDS = /typo|misprint|typographical|transcription|slip\s+of\s+the\s+pen|misreading|misquote|myth|笔误|打字错误|排版错误|录入错误|手误|误读|误传|谣传|谣言/i;
const NEGATED_QUOTE_WORDS = /not|never|n['’]t|不是|并非|而非|不等于/i;

/** Which of the tests can succeed for some figure of a sentence. */
interface SentenceCues {
  end: number;
  withdrawnEn: boolean;
  withdrawnZh: boolean;
  deniedEn: boolean;
  deniedZh: boolean;
  negatedQuote: boolean;
  refuted: boolean;
  /** Quoted wording the next sentences correct with another figure. */
  corrected: boolean;
  /** The next sentence opens by stating the figure instead (restatedNext). */
  restated: boolean;
  /** A semicolon, dash or comma after which the sentence may refute its own report. */
  broken: boolean;
  /** A label of the draft's earlier wording that may open a corrections entry's quotation. */
  original: boolean;
  /** A word for a slip of writing (typo, misprint, 笔误) that may name a figure of the sentence (namedAsSlip). */
  slip: boolean;
}

function sentenceCues(text: string, sentence: Span): SentenceCues {
  const words = text.slice(sentence.start, sentence.end);
  return {
    end: sentence.end,
    withdrawnEn: EN_RETRACTED_WORDS.test(words),
    withdrawnZh: ZH_RETRACTED_WORDS.test(words),
    deniedEn: EN_DENIED_WORDS.test(words),
    deniedZh: ZH_DENIED_WORDS.test(words),
    negatedQuote: NEGATED_QUOTE_WORDS.test(words),
    refuted: refutedNext(text, sentence),
    corrected: /["“「『]/.test(words) && correctedNext(text, sentence),
    restated: restatedNext(text, sentence),
    broken: /[;；—–,，]/.test(words),
    original: /["“「]/.test(words) && EARLIER_WORDING_WORDS.test(text.slice(Math.max(0, sentence.start - 40), sentence.end)),
    slip: SLIP_WORDS.test(words),
  };
}

/**
 * Whether a figure is quoted as withdrawn wording, denied, or reported only to be refuted or questioned,
 * for the figures of one text. What depends on the sentence alone (which words it holds at all, whether
 * the next sentence refutes it) is read once per sentence: binding asks for every figure, and the
 * per-figure tests (end-anchored patterns over the words before it, the whole sentence before it for a
 * reporting verb) were a few percent of binding although almost no sentence holds such words. The answer
 * is the one the tests alone give: a test is skipped only where it cannot succeed.
 */
export function retractionReader(text: string): (q: Quantity, sentence: Span) => boolean {
  const bySentence = new Map<number, SentenceCues>();
  return (q, sentence) => {
    let cues = bySentence.get(sentence.start);
    if (!cues || cues.end !== sentence.end) bySentence.set(sentence.start, (cues = sentenceCues(text, sentence)));
    // The cues hold for words inside the sentence; a figure past its end (binding never asks) is tested in full.
    if (q.start > sentence.end) cues = { ...cues, withdrawnEn: true, withdrawnZh: true, deniedEn: true, deniedZh: true, negatedQuote: true, broken: true, original: true, slip: true };
    const before = text.slice(Math.max(sentence.start, q.start - REACH), q.start);
    return (
      (cues.withdrawnEn && EN_RETRACTED.test(before)) ||
      (cues.withdrawnZh && ZH_RETRACTED.test(before)) ||
      (cues.deniedEn && EN_DENIED.test(before)) ||
      (cues.deniedZh && ZH_DENIED.test(before)) ||
      (cues.negatedQuote && negatedQuote(before)) ||
      (cues.corrected && endsInsideQuotation(text.slice(sentence.start, q.start))) ||
      (cues.restated && reportedBefore(text, q, sentence)) ||
      (cues.original && quotedOriginal(text, q)) ||
      (cues.slip && namedAsSlip(text, q, sentence)) ||
      ((cues.refuted || (cues.broken && refutedAfter(text, q, sentence))) && reportedBefore(text, q, sentence))
    );
  };
}
