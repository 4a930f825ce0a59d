/**
 * A figure the draft withdraws or denies is no claim of it (bind/retractedFigure.ts): a corrections
 * note's "an earlier version said …", 原文误作…, and "…, not $X" / 而非X. The correct figure beside it is
 * a claim as usual, and bounds ("not more than") stay claims.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import type { Quantity, Span } from '../../../server/src/core/model';
import { retractionReader } from '../../../server/src/core/bind/retractedFigure';

const DATE = '2024-06-01';
const claimed = (text: string, figure: string) => analyzedClaim(text, figure, DATE) !== undefined;

describe('withdrawn wording is not a claim', () => {
  it('English: a corrections note quoting the earlier version', () => {
    const en = 'Correction: a previous version of this note said Nvidia earned "$297 billion" of revenue in fiscal 2024. It was $60.9 billion.';
    expect(claimed(en, '$297 billion')).toBe(false);
    expect(claimed(en, '$60.9 billion')).toBe(true);
    expect(draftFindings(en, DATE)).toEqual([]);
    expect(claimed('This story originally stated that Nvidia earned $297 billion in fiscal 2024.', '$297 billion')).toBe(false);
  });

  it('Chinese: 原文误作, 此前版本误写为', () => {
    const zh = '更正：英伟达2024财年营收为609亿美元，原文误作6090亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
    expect(draftFindings(zh, DATE)).toEqual([]);
    expect(claimed('此前版本将英伟达2024财年营收误写为6090亿美元。', '6090亿美元')).toBe(false);
  });

  it('a figure denied in passing: "…, not $X", 而非X', () => {
    expect(claimed("Nvidia's fiscal 2024 revenue was $60.9 billion, not $609 billion.", '$609 billion')).toBe(false);
    expect(claimed('英伟达2024财年营收为609亿美元，而非6090亿美元。', '6090亿美元')).toBe(false);
  });

  it('near misses: bounds after "not", and a correction’s own figure stay claims', () => {
    expect(claimed("Nvidia's fiscal 2024 revenue was not more than $61 billion.", '$61 billion')).toBe(true);
    expect(claimed("Nvidia's fiscal 2024 revenue was not only $60.9 billion but a record.", '$60.9 billion')).toBe(true);
    expect(claimed('The earlier version was right: Nvidia earned $60.9 billion in fiscal 2024.', '$60.9 billion')).toBe(true);
  });
});

describe('a reported figure the next sentence refutes or questions is not a claim', () => {
  it('English: quoted or reported, then "That is wrong" / "Is that right?"', () => {
    const refuted = 'A newsletter said Nvidia earned "$297 billion" of revenue in fiscal 2024. That is wrong: it was $60.9 billion.';
    expect(claimed(refuted, '$297 billion')).toBe(false);
    expect(claimed(refuted, '$60.9 billion')).toBe(true);
    expect(draftFindings(refuted, DATE)).toEqual([]);
    expect(claimed('Several posts claim Nvidia earned $297 billion in fiscal 2024. This is incorrect.', '$297 billion')).toBe(false);
    expect(claimed('I keep seeing that Nvidia had "$297 billion in revenue" in fiscal 2024. Is that right?', '$297 billion')).toBe(false);
  });

  it('Chinese: 有文章称……。这是错的 / 对吗？', () => {
    const zh = '有文章称英伟达2024财年营收"6090亿美元"。这是错的，实际为609亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
    expect(claimed('网上流传英伟达2024财年营收6090亿美元。并不准确。', '6090亿美元')).toBe(false);
    expect(claimed('常看到说英伟达2024财年营收“6090亿美元”。这个数字对吗？', '6090亿美元')).toBe(false);
  });

  it('near misses: a confirmed quotation, an unreported figure, a refutation later on stay claims', () => {
    expect(claimed('A newsletter said Nvidia earned "$60.9 billion" of revenue in fiscal 2024. That is right.', '$60.9 billion')).toBe(true);
    expect(claimed('Nvidia earned $60.9 billion of revenue in fiscal 2024. That is wrong to call a peak.', '$60.9 billion')).toBe(true);
    expect(claimed('A newsletter said Nvidia earned "$60.9 billion" in fiscal 2024. Margins rose too. That is wrong about margins.', '$60.9 billion')).toBe(true);
    expect(claimed('有文章称英伟达2024财年营收609亿美元。这是对的。', '609亿美元')).toBe(true);
  });
});

describe('a quoted figure the next sentences correct with another figure is not a claim', () => {
  it('English: a desk log that rewords the quoted line', () => {
    const log = 'Copy as filed: "Nvidia earned $69 billion in fiscal 2024." **Corrected.** Its fiscal 2024 revenue was $60.9 billion.';
    expect(claimed(log, '$69 billion')).toBe(false);
    expect(claimed(log, '$60.9 billion')).toBe(true);
    expect(draftFindings(log, DATE)).toEqual([]);
    const should = 'The draft had "Nvidia earned $69 billion in fiscal 2024". That should read $60.9 billion.';
    expect(claimed(should, '$69 billion')).toBe(false);
    const rightFigure = 'A reader quoted us as saying "fiscal 2024 revenue of $69 billion at Nvidia". The right figure is $60.9 billion.';
    expect(claimed(rightFigure, '$69 billion')).toBe(false);
  });

  it('Chinese: 引述后更正, 正确值是, 应为, 多写了一位', () => {
    const zh = '有公众号写道：“英伟达2024财年营收6090亿美元”。该数字有误，应为609亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    const zh2 = '原稿引用了某媒体的说法：“英伟达2024财年营收6090亿美元”。作者随后指出该数字多写了一位，正确值是609亿美元。';
    expect(claimed(zh2, '6090亿美元')).toBe(false);
    expect(claimed(zh2, '609亿美元')).toBe(true);
    expect(draftFindings(zh2, DATE)).toEqual([]);
  });

  it('the published figure or estimate, a mistranslation, the right way to write it', () => {
    const published = 'We put Nvidia\'s fiscal 2024 revenue at "$609 billion". The published figure is $60.9 billion.';
    expect(claimed(published, '$609 billion')).toBe(false);
    expect(claimed(published, '$60.9 billion')).toBe(true);
    expect(claimed('An analyst note gave Nvidia "$609 billion of revenue" in fiscal 2024. The published estimate was about $60.9 billion.', '$609 billion')).toBe(false);
    const zh = '练习题里引了一句：“英伟达2024财年营收6090亿美元”。这是把单位误译了，正确的写法是609亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
    expect(claimed('有网友转述：“英伟达2024财年营收6090亿美元”。这个数字多了一位。', '6090亿美元')).toBe(true);
  });

  it('near misses: a quote confirmed, a correction with no figure, or one in another paragraph stays a claim', () => {
    expect(claimed('The filing says "Nvidia earned $69 billion in fiscal 2024." **Confirmed.** We checked the 10-K.', '$69 billion')).toBe(true);
    expect(claimed('Copy as filed: "Nvidia earned $69 billion in fiscal 2024." **Corrected** for style only.', '$69 billion')).toBe(true);
    expect(claimed('Copy as filed: "Nvidia earned $69 billion in fiscal 2024."\n\nCorrected elsewhere: Meta spent $39 billion.', '$69 billion')).toBe(true);
    // Unquoted, the figure is the draft's own: a later correction does not withdraw it.
    expect(claimed('Nvidia earned $69 billion in fiscal 2024. The right figure for Meta is $39 billion.', '$69 billion')).toBe(true);
    expect(claimed('有公众号写道：“英伟达2024财年营收6090亿美元”。我们核对了财报，确认无误。', '6090亿美元')).toBe(true);
  });
});

describe('a quotation the sentence negates is not a claim', () => {
  it('English: not "…", never "…", "not, as some say, …"', () => {
    const negated = 'Mind the wording: Azure AI is not "12% of Azure revenue" in fiscal 2024; it added points of growth.';
    expect(claimed(negated, '12%')).toBe(false);
    expect(draftFindings(negated, DATE)).toEqual([]);
    expect(claimed('Our line for the slide is never "Nvidia earned $297 billion in fiscal 2024".', '$297 billion')).toBe(false);
    expect(claimed('Nvidia earned not, as some posts say, $297 billion in fiscal 2024 but far less.', '$297 billion')).toBe(false);
  });

  it('Chinese: 不是“…”, 并非“…”', () => {
    expect(claimed('准确的说法不是“AI占Azure收入的12%”，而是拉动了增长。', '12%')).toBe(false);
    expect(claimed('英伟达2024财年的营收并非「6090亿美元」。', '6090亿美元')).toBe(false);
  });

  it('a report the same sentence warns against after a semicolon', () => {
    expect(claimed('One broker note says AI now makes up 12% of Azure revenue; we should not repeat it.', '12%')).toBe(false);
    expect(claimed('有券商报告称AI占Azure收入的12%；我们不要引用这个说法。', '12%')).toBe(false);
  });

  it('a quoted figure the same sentence calls a typo after a semicolon', () => {
    expect(claimed('A wire alert briefly put Nvidia\'s fiscal 2024 revenue at "$60.9 million"; that is a typo, the filing says billion.', '$60.9 million')).toBe(false);
    expect(claimed('One outlet wrote Nvidia\'s fiscal 2024 revenue as "$609 billion"; it was a misprint.', '$609 billion')).toBe(false);
    expect(claimed('有快讯把英伟达2024财年营收写作“609亿元”；这个数字是笔误。', '609亿元')).toBe(false);
    // Near misses: the writer's own unquoted figure, and a figure the clause says is no typo.
    expect(claimed('Nvidia earned $60.9 billion in fiscal 2024; that is a record.', '$60.9 billion')).toBe(true);
    expect(claimed('Nvidia said "$60.9 billion" for fiscal 2024; that is not a typo.', '$60.9 billion')).toBe(true);
  });

  it('a quotation the writer faults after a comma stays a claim, checked as the misquote it is', () => {
    // Tried and reverted in session 22: reading it as withdrawn lost three corpus labels that expect the
    // misquote flagged with its verdict, for one label that calls it no claim. Counted again in session 23
    // over all 890 drafts: of quoted figures faulted after a comma in their own sentence, about 67 are
    // labelled wrong and 41 no claim, so the corpus still favours the flag for this shape (a refutation in
    // the next sentence or after a semicolon or dash is labelled no claim about 28 to 9).
    expect(claimed('有帖子写成“英伟达2024财年营收609亿元”，币种错了。', '609亿元')).toBe(true);
  });

  it('near misses: a quotation only reported, a negation before the quote closes, a warning about something else', () => {
    // The writer says someone wrote it: the misquote is checked.
    expect(claimed('有财经号把英伟达2024财年营收写成了“6090亿美元”。', '6090亿美元')).toBe(true);
    expect(claimed('The CFO said "revenue was $60.9 billion, not a record" for fiscal 2024.', '$60.9 billion')).toBe(true);
    expect(claimed('Nvidia earned $60.9 billion in fiscal 2024; we should not expect that pace again.', '$60.9 billion')).toBe(true);
    expect(claimed('It is not only "$60.9 billion in fiscal 2024" that matters', '$60.9 billion')).toBe(true);
  });
});

describe('the per-sentence reading of withdrawn wording (retractionReader)', () => {
  // Only a figure's start is read; the rest of the quantity does not matter here.
  const at = (text: string, figure: string, from = 0) => ({ start: text.indexOf(figure, from), end: text.indexOf(figure, from) + figure.length }) as unknown as Quantity;
  const sentences = (text: string): Span[] => {
    const out: Span[] = [];
    let start = 0;
    // A stop ends a sentence when a space or the end follows it ("$60.9" is one number).
    for (let i = 0; i < text.length; i++) if (text[i] === '。' || (text[i] === '.' && (text[i + 1] ?? ' ') === ' ')) out.push({ start, end: (start = i + 1) });
    return out;
  };
  const text =
    'An earlier version of this note said Nvidia earned $297 billion. Nvidia earned $60.9 billion, not $609 billion. ' +
    'A newsletter said OpenAI had "$1.6 billion" of revenue. That is wrong. OpenAI had $3.7 billion. 英伟达营收为609亿美元，而非6090亿美元。';
  const figures = ['$297 billion', '$60.9 billion', '$609 billion', '$1.6 billion', '$3.7 billion', '609亿美元', '6090亿美元'];
  const withdrawn = new Set(['$297 billion', '$609 billion', '$1.6 billion', '6090亿美元']);
  const sentenceOf = (q: Quantity) => sentences(text).find((s) => s.start <= q.start && q.start < s.end)!;

  it('answers each figure as a reader made for it alone does, in any order', () => {
    const shared = retractionReader(text);
    for (const figure of [...figures].reverse()) {
      const q = at(text, figure);
      expect(shared(q, sentenceOf(q)), figure).toBe(withdrawn.has(figure));
      expect(retractionReader(text)(q, sentenceOf(q)), figure).toBe(withdrawn.has(figure));
    }
  });

  it('reads a sentence again when asked with another end from the same start', () => {
    const read = retractionReader(text);
    const q = at(text, '$609 billion');
    const whole = sentenceOf(q);
    expect(read(q, whole)).toBe(true);
    // The same start, cut before the denial: nothing withdraws $60.9 billion there.
    const cut = { start: whole.start, end: text.indexOf(', not') };
    expect(read(at(text, '$60.9 billion'), cut)).toBe(false);
    expect(read(q, whole)).toBe(true);
  });
});

describe('a reported figure the next sentence replaces with a number is not a claim', () => {
  it('English: "…wrote that…", then "The figure is $X"', () => {
    const en = 'A blog wrote that Nvidia earned $609 billion of revenue in fiscal 2024. The figure is $60.9 billion.';
    expect(claimed(en, '$609 billion')).toBe(false);
    expect(claimed(en, '$60.9 billion')).toBe(true);
    expect(draftFindings(en, DATE)).toEqual([]);
    expect(claimed('Several posts claimed Nvidia had $609 billion of fiscal 2024 revenue. The correct number was $60.9 billion.', '$609 billion')).toBe(false);
  });

  it('Chinese: 有帖子称…。正确的数字是… / 实际为…', () => {
    const zh = '有帖子称英伟达2024财年营收为6090亿美元。正确的数字是609亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
    expect(claimed('网上流传英伟达2024财年营收6090亿美元。实际为609亿美元。', '6090亿美元')).toBe(false);
  });

  it('near misses: no number after "the figure is", no verb of saying, a later sentence', () => {
    expect(claimed('Reuters reported that Nvidia earned $60.9 billion in fiscal 2024. The figure is the largest in its history.', '$60.9 billion')).toBe(true);
    expect(claimed('Nvidia earned $60.9 billion in fiscal 2024. The figure is $60.9 billion in the filing too.', '$60.9 billion')).toBe(true);
    expect(claimed('A blog wrote that Nvidia earned $60.9 billion in fiscal 2024. Margins rose. The figure is $13.5 billion for Q4.', '$60.9 billion')).toBe(true);
    expect(claimed('有帖子称英伟达2024财年营收为609亿美元。实际上这是创纪录的。', '609亿美元')).toBe(true);
  });
});

describe("a corrections entry's quoted original is not a claim", () => {
  // The entry's paragraph is only a label of the draft's earlier wording and the quotation; the
  // correction follows in the next paragraph, which the block's checks never read.
  it('English: We wrote / As published / Original, with the correction in the next paragraph', () => {
    for (const lead of ['**We wrote:**', 'As published:', '*Original text:*', 'What we said:']) {
      const text = `${lead} "Nvidia earned $297 billion of revenue in fiscal 2024."\n\n**Fix:** It was $60.9 billion.`;
      expect(claimed(text, '$297 billion')).toBe(false);
      expect(claimed(text, '$60.9 billion')).toBe(true);
    }
    expect(draftFindings('**We wrote:** "Anthropic raised $4 billion from Amazon, $1 billion a quarter over three quarters."', DATE)).toEqual([]);
  });

  it('Chinese: 原文 / 原稿 / 我们写道, its own arithmetic included', () => {
    const zh = '**原文：**“英伟达2024财年营收为6090亿美元。”\n\n**更正：**应为609亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
    expect(claimed('我们写道："OpenAI年化收入20亿美元……"', '20亿美元')).toBe(false);
    // The quoted original's own division (20 ÷ 12 is not 1.2) is withdrawn with it.
    expect(draftFindings('原稿："OpenAI的年化收入为24亿美元，月收入约1.2亿美元。"', DATE)).toEqual([]);
  });

  it('near misses: a quotation the paragraph confirms or discusses, or after another label, stays a claim', () => {
    expect(claimed('原稿：“英伟达2024财年营收达到609亿美元。”与财报一致。', '609亿美元')).toBe(true);
    expect(claimed('We wrote: "Nvidia earned $297 billion of revenue in fiscal 2024." That stands.', '$297 billion')).toBe(true);
    expect(claimed('Reuters: "Nvidia earned $297 billion of revenue in fiscal 2024."', '$297 billion')).toBe(true);
    expect(draftFindings('Nvidia said: "We earned $297 billion of revenue in fiscal 2024."', DATE).length).toBeGreaterThan(0);
  });
});

describe('a quotation corrected later in its own sentence is not a claim', () => {
  it('Chinese: 有人写成“…”，少写了一位，正确是…', () => {
    const zh = '有自媒体把英伟达2024财年营收写成“6090亿美元”，多写了一位，正确是609亿美元。';
    expect(claimed(zh, '6090亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
  });

  it('English: a blog printed "…", which should have read …', () => {
    const en = 'One blog printed Nvidia\'s fiscal 2024 revenue as "$609 billion", which should have read $60.9 billion.';
    expect(claimed(en, '$609 billion')).toBe(false);
    expect(claimed(en, '$60.9 billion')).toBe(true);
  });

  it('Chinese: 有人把“…”说成了“…”，当场纠正', () => {
    const zh = '电话会上有分析师把“800亿元”说成了“800亿美元”，财务总监随即纠正：币种是人民币，约合110亿美元。';
    expect(claimed(zh, '800亿美元')).toBe(false);
    expect(claimed(zh, '110亿美元')).toBe(true);
  });

  it('near miss: a quotation with no correction after it stays a claim', () => {
    expect(claimed('有自媒体把英伟达2024财年营收写成“609亿美元”，与财报一致。', '609亿美元')).toBe(true);
  });
});

describe('a wording only supposed, to show the slip, is not a claim', () => {
  it('Chinese: 如果把它写成X，…就错了', () => {
    const zh = '阿里云上季度营收约296亿元。如果把它写成296亿美元，币种就错了。';
    expect(claimed(zh, '296亿美元')).toBe(false);
    expect(claimed(zh, '296亿元')).toBe(true);
    expect(claimed('假如有人记成296亿美元，就差了七倍。', '296亿美元')).toBe(false);
  });

  it('English: if you wrote it as X', () => {
    expect(claimed('Nvidia earned $60.9 billion in fiscal 2024; if you wrote it as $609 billion, you would be off tenfold.', '$609 billion')).toBe(false);
    expect(claimed('Were it written as $609 billion, the figure would be tenfold too high.', '$609 billion')).toBe(false);
  });

  it('near misses: a condition on a real figure stays a claim', () => {
    expect(claimed('如果营收达到296亿美元，估值将翻倍。', '296亿美元')).toBe(true);
    expect(claimed('If revenue reaches $609 billion, the multiple halves.', '$609 billion')).toBe(true);
    expect(claimed('If we count leases, capex was $55.7 billion.', '$55.7 billion')).toBe(true);
  });
});

describe('a report the next sentence answers with a bare negation is not a claim', () => {
  it('English: "It was not.", "That isn\'t so."', () => {
    expect(claimed('A forum thread said Acme was valued at $12 billion in March 2024. It was not.', '$12 billion')).toBe(false);
    expect(claimed("Some analysts wrote that Acme earned $4 billion in 2023. That isn't so.", '$4 billion')).toBe(false);
  });

  it('Chinese: 事实并非如此', () => {
    expect(claimed('有帖子称某公司2024年3月估值120亿美元。事实并非如此。', '120亿美元')).toBe(false);
  });

  it('near misses: a negation that goes on, or a figure nobody reported, stay claims', () => {
    expect(claimed('A forum thread said Acme was valued at $12 billion in March 2024. It was not until May that the round closed.', '$12 billion')).toBe(true);
    expect(claimed('Acme was valued at $12 billion in March 2024. It was not.', '$12 billion')).toBe(true);
  });
});

describe('a figure the sentence names only to call it a typo is not a claim', () => {
  it('English: "The $X in … is a typo"', () => {
    expect(claimed('(The $45B in the second column is a typo in the deck; the round was $45 million.)', '$45B')).toBe(false);
    expect(claimed('The "$8 billion" on slide four was a misprint.', '$8 billion')).toBe(false);
    expect(claimed('(The $45B in the second column is a typo in the deck; the round was $45 million.)', '$45 million')).toBe(true);
  });

  it('Chinese: 表中的X是笔误', () => {
    expect(claimed('表中的450亿美元是笔误，实际为4500万美元。', '450亿美元')).toBe(false);
    expect(claimed('表中的450亿美元是笔误，实际为4500万美元。', '4500万美元')).toBe(true);
  });

  it('near misses: a figure reported and then judged, or the subject of another predicate, stay claims', () => {
    expect(claimed('The deck quotes the seed round as $45B, which is a typo.', '$45B')).toBe(true);
    expect(claimed('The $45 million round was a surprise to the market.', '$45 million')).toBe(true);
  });
});

describe('a figure the sentence names only to call it a misreading or a rumour is not a claim', () => {
  it('Chinese: 流传的“X”是误读 / 是谣传', () => {
    expect(claimed('ChatGPT的付费用户数只公布过累计值。论坛上流传的“300万付费用户”是误读。', '300万付费用户')).toBe(false);
    expect(claimed('OpenAI最近没有融资，网上传的“900亿美元估值”是谣传。', '900亿美元')).toBe(false);
  });

  it('English: the "X" figure is a misreading', () => {
    expect(claimed('ChatGPT has only published total sign-ups. The "3 million paying users" figure is a misreading.', '3 million paying users')).toBe(false);
  });

  it("near miss: the writer's own figure, with a later clause calling something else a misreading, stays a claim", () => {
    expect(claimed('ChatGPT had 3 million paying users, and reading that as revenue is a misreading.', '3 million paying users')).toBe(true);
  });
});

describe('a wording named as a mistake before it is given is not a claim', () => {
  it('English: "a common slip is to say …", "the usual mistake was to write …"', () => {
    const en = 'A frequent mistake is to say Microsoft "earned $31 billion more" in fiscal 2024. Revenue rose by $33 billion.';
    expect(claimed(en, '$31 billion')).toBe(false);
    expect(claimed(en, '$33 billion')).toBe(true);
    expect(claimed('The usual slip was to write that Alphabet spent $32 billion on data centres in 2023.', '$32 billion')).toBe(false);
  });

  it('Chinese: 常见的错误是说…', () => {
    expect(claimed('一个常见的错误是说微软2024财年"多赚了310亿美元"。', '310亿美元')).toBe(false);
  });

  it('a quotation the same paragraph sets right with 其实 and a figure', () => {
    const zh = '有自媒体说微软"多赚了310亿美元"，这是营收增量，净利润增量其实只有约160亿美元。';
    expect(claimed(zh, '310亿美元')).toBe(false);
    expect(claimed(zh, '160亿美元')).toBe(true);
  });

  it('near misses: an error the figure itself measures, 其实 without a figure, an unquoted figure', () => {
    expect(claimed('The error margin was $2 billion on revenue of $31 billion.', '$31 billion')).toBe(true);
    expect(claimed('有自媒体说微软"多赚了310亿美元"，其实并不夸张。', '310亿美元')).toBe(true);
    expect(claimed('微软2024财年多赚了310亿美元，净利润增量其实只有约160亿美元。', '310亿美元')).toBe(true);
  });
});

describe('a report the next sentence grants only until a time is not a claim', () => {
  it('"It did, until June.", "That was true until the March cut."', () => {
    expect(claimed('A reader wrote that "Acme still charges $15 per million tokens". It did, until June.', '$15')).toBe(false);
    expect(claimed('A forum thread said Acme was valued at $12 billion. That was true until the March round.', '$12 billion')).toBe(false);
  });

  it('near misses: the writer\'s own figure, or a next sentence with no "until"', () => {
    expect(claimed('Acme charges $15 per million tokens. It did, until June.', '$15')).toBe(true);
    expect(claimed('A reader wrote that "Acme still charges $15 per million tokens". It did, and still does.', '$15')).toBe(true);
  });
});

describe('a quoted report refuted by "No", a source that never gave it, a slipped decimal or its real currency', () => {
  it('English: the next sentence opens with "No:" or "<Source> never reported that", or calls it a slipped decimal', () => {
    expect(claimed('A listener asked whether Microsoft made "$245 billion in the June quarter". No: that is fiscal 2024 as a whole.', '$245 billion')).toBe(false);
    const never = 'A slide in circulation gives Microsoft\'s fiscal 2024 revenue as "$254 billion". Microsoft never reported that; the 10-K says $245.1 billion.';
    expect(claimed(never, '$254 billion')).toBe(false);
    expect(claimed(never, '$245.1 billion')).toBe(true);
    expect(claimed('A forum post put Microsoft\'s fiscal 2024 revenue at "$2,451 billion". That is a slipped decimal.', '$2,451 billion')).toBe(false);
  });

  it('a currency other than the quoted one named after a semicolon or dash', () => {
    expect(claimed('One blog rendered Mistral\'s June 2024 round as "$600 million"; it is euros.', '$600 million')).toBe(false);
    expect(claimed('有网帖写“百度2024年营收1331亿美元”——公司口径是人民币。', '1331亿美元')).toBe(false);
  });

  it('Chinese: 原文是 with the right figure, 不是， and 从未公布过', () => {
    const zh = '有篇文章把英伟达2024财年营收写成"690亿美元"，财报原文是609亿美元。';
    expect(claimed(zh, '690亿美元')).toBe(false);
    expect(claimed(zh, '609亿美元')).toBe(true);
    expect(claimed('有帖子称英伟达2024财年营收"6090亿美元"。不是，那是把小数点挪了一位。', '6090亿美元')).toBe(false);
    expect(claimed('有帖子称百度2024年营收"1500亿元"。百度从未公布过这个数字。', '1500亿元')).toBe(false);
  });

  it('near misses: "No one", a denial of something else, the quote\'s own currency, an unquoted figure stay claims', () => {
    expect(claimed('An analyst said Microsoft made "$245.1 billion" in fiscal 2024. No one expected that much.', '$245.1 billion')).toBe(true);
    expect(claimed('An analyst said Microsoft made "$245.1 billion" in fiscal 2024. Microsoft never reported a loss that year.', '$245.1 billion')).toBe(true);
    expect(claimed('Mistral said its June 2024 round was "€600 million"; it is euros, not dollars.', '€600 million')).toBe(true);
    expect(claimed('百度2024年营收1331亿元——公司口径是人民币。', '1331亿元')).toBe(true);
    expect(claimed('Microsoft made $245.1 billion in fiscal 2024. No: the filing says so.', '$245.1 billion')).toBe(true);
  });
});

describe('a quoted figure the next sentence restates bare, "It is X.", is withdrawn (session 24)', () => {
  it('English: a quotation, then "It is $60.9 billion." or "That\'s actually $60.9 billion."', () => {
    const quoted = 'A wire summary had Nvidia "at $609 billion of revenue for fiscal 2024". It is $60.9 billion.';
    expect(claimed(quoted, '$609 billion')).toBe(false);
    expect(draftFindings(quoted, '2024-06-01')).toEqual([]);
    const said = "A podcast said Nvidia's fiscal 2024 revenue was $609 billion. That's actually $60.9 billion.";
    expect(claimed(said, '$609 billion')).toBe(false);
  });
  it('near misses: a next sentence that goes on after its figure, or a figure neither quoted nor reported', () => {
    const goesOn = 'A wire summary had Nvidia "at $609 billion of revenue for fiscal 2024". It was $60.9 billion more than the year before.';
    expect(claimed(goesOn, '$609 billion')).toBe(true);
    const own = "Nvidia's fiscal 2024 revenue was $609 billion. It is $60.9 billion.";
    expect(claimed(own, '$609 billion')).toBe(true);
  });
});

describe('a report refuted right after it is no claim, nor the base of a growth', () => {
  const ALL = ['error', 'warning', 'information'] as const;
  it('zh: the clause after the quoted figure denies that the company ever gave it (，…从未公布过这个数字)', () => {
    const zh = '某公众号称微软2025财年的资本开支计划是“1000亿美元”，微软从未公布过这个数字。';
    expect(claimed(zh, '1000亿美元')).toBe(false);
    expect(draftFindings(zh, '2025-05-01')).toEqual([]);
    // A clause that goes on about something else keeps the report a claim.
    expect(claimed('某公众号称微软2025财年的资本开支计划是“1000亿美元”，微软此后上调了计划。', '1000亿美元')).toBe(true);
  });

  it('en: a chart that "puts" the figure "at", or one "circulating", refuted by the next sentence', () => {
    expect(claimed("A widely shared post puts Nvidia's fiscal 2024 revenue at $80 billion. That is wrong.", '$80 billion')).toBe(false);
    expect(claimed("A chart circulating online gives Nvidia's fiscal 2024 revenue as $80 billion. It is not right.", '$80 billion')).toBe(false);
    // An estimate the next sentence does not refute stays a claim.
    expect(claimed("Analysts put Nvidia's fiscal 2024 revenue at $80 billion. It was a record.", '$80 billion')).toBe(true);
  });

  it('the refuted figure is no base for the growth of the forecast after it', () => {
    const en = "A graphic circulating on X puts Nvidia's fiscal 2025 revenue at $150 billion. It is wrong, probably a quarterly pace taken for the year. Our base case for fiscal 2026 is $190 billion, which would be growth of about 46%.";
    expect(draftFindings(en, '2025-03-10', ALL)).toEqual([]);
  });
});
