/**
 * A figure filed under another party of the same fact (otherParty.ts): the other side of a deal or an
 * investment (its counterparty), a product of the bound company, the publication carrying an author's
 * estimate. When the bound party holds nothing that decides the claim, the linked party's facts are
 * judged in its place, only to show the figure right, of another period or out of date; a deal's other
 * side decides every verdict (the deal is one figure filed once), named or the only one on record. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';
import { analyze } from '../../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../../server/src/core/options';
import { bundledFacts } from '../../../helpers/facts';

const verdictOf = (text: string, span: string, date: string) => draftAnalysis(text, date).claims.find((c) => c.quantity.text.startsWith(span))?.verdict;

describe('the fact is filed under the product the paragraph names', () => {
  it('dates paying users bound to the maker by the product\'s figure (English)', () => {
    const text = 'For comparison, OpenAI had 5 million paying business users of ChatGPT in June 2025.';
    expect(draftFindings(text, '2025-11-20')).toEqual(['5 million paying business users fact.wrong-period warning']);
  });

  it('dates paying users bound to the maker by the product\'s figure (Chinese)', () => {
    const text = '作为对比，2025年6月OpenAI的付费企业用户有500万，ChatGPT是其主要产品。';
    expect(draftFindings(text, '2025-11-20')).toEqual(['500万 fact.wrong-period warning']);
  });

  it('the product\'s right figure supports the claim', () => {
    expect(verdictOf('For comparison, OpenAI had 3 million paying business users of ChatGPT in June 2025.', '3 million', '2025-11-20')).toBe('supported');
  });

  it('near miss: with no product named and two on record, the maker\'s figure stays unchecked', () => {
    expect(verdictOf('Microsoft had 4.7 million paying subscribers in March 2024.', '4.7 million', '2026-03-01')).toBe('unverifiable');
  });
});

describe('the one product a company files a measure under stands in, named or not', () => {
  it('dates weekly users bound to the maker by its one product\'s figure, as a warning (English)', () => {
    expect(draftFindings("OpenAI's weekly active users hit 300 million in August 2024.", '2025-06-01')).toEqual(['300 million fact.wrong-period warning']);
  });

  it('dates weekly users bound to the maker by its one product\'s figure, as a warning (Chinese)', () => {
    expect(draftFindings('2024年8月，OpenAI的周活跃用户达到3亿。', '2025-06-01')).toEqual(['3亿 fact.wrong-period warning']);
  });

  it('the product\'s right figure supports the maker\'s', () => {
    expect(verdictOf("OpenAI's weekly active users hit 200 million in August 2024.", '200 million', '2025-06-01')).toBe('supported');
    expect(verdictOf('For comparison, OpenAI had 3 million paying business users in June 2025.', '3 million', '2025-11-20')).toBe('supported');
  });

  it('near miss: the product never contradicts the maker\'s figure', () => {
    expect(verdictOf("OpenAI's weekly active users hit 230 million in August 2024.", '230 million', '2025-06-01')).toBe('unverifiable');
  });
});

describe('the fact is filed under the other side of the deal', () => {
  it('dates an investment bound to the investee by the investor\'s fact (English)', () => {
    expect(draftFindings('OpenAI took a $10 billion investment from Microsoft in January 2021.', '2025-11-20')).toEqual(['$10 billion fact.wrong-period warning']);
  });

  it('dates an investment bound to the investee by the investor\'s fact (Chinese)', () => {
    expect(draftFindings('2021年1月，OpenAI获得微软100亿美元投资。', '2025-11-20')).toEqual(['100亿美元 fact.wrong-period warning']);
  });

  it('the deal\'s right date supports it, in either language', () => {
    expect(verdictOf('OpenAI took a $10 billion investment from Microsoft in January 2023.', '$10 billion', '2025-11-20')).toBe('supported');
    expect(verdictOf('2023年1月，OpenAI获得微软100亿美元投资。', '100亿美元', '2025-11-20')).toBe('supported');
  });

  it('a buyer\'s valuation is the bought company\'s, named earlier in the paragraph', () => {
    const text = 'Character.AI went back to Google. In August 2023 Google bought out its investors at a $2.5 billion valuation.';
    expect(draftFindings(text, '2025-11-20')).toEqual(['$2.5 billion fact.wrong-period warning']);
  });

  it('near miss: a period still to come schedules the delivery, the fact dates the agreement', () => {
    expect(draftFindings('Broadcom will deliver 10 GW of accelerators to OpenAI in 2026.', '2025-11-20')).toEqual([]);
    expect(draftFindings('博通将在2026年向OpenAI交付10吉瓦加速器。', '2025-11-20')).toEqual([]);
  });
});

describe('a deal\'s other side decides every verdict of the deal\'s figure', () => {
  it('contradicts an investment bound to the investee by the investor\'s fact (English)', () => {
    expect(draftFindings('OpenAI took a $12 billion investment from Microsoft in January 2023.', '2025-11-20')).toEqual(['$12 billion fact.value-mismatch error']);
  });

  it('contradicts an investment bound to the investee by the investor\'s fact (Chinese)', () => {
    expect(draftFindings('2023年1月，OpenAI获得微软120亿美元投资。', '2025-11-20')).toEqual(['120亿美元 fact.value-mismatch error']);
  });

  it('tells a slip of currency in the deal\'s figure', () => {
    expect(draftFindings('2023年1月，OpenAI获得微软100亿元投资。', '2025-11-20')).toEqual(['100亿元 fact.wrong-currency warning']);
  });

  it('with no party named, the one side the base files the deals under decides, as a warning at most', () => {
    expect(draftFindings('In October 2025 AMD issued a warrant for up to 16 million shares.', '2025-11-20')).toEqual(['16 million shares fact.wrong-scale warning']);
    expect(draftFindings('2025年10月，AMD发行了最多1600万股的认股权证。', '2025-11-20')).toEqual(['1600万股 fact.wrong-scale warning']);
    expect(verdictOf('In October 2025 AMD issued a warrant for up to 160 million shares.', '160 million', '2025-11-20')).toBe('supported');
  });

  it('near miss: two sides on record and none named leave the figure open', () => {
    expect(verdictOf('Anthropic took a $3 billion investment in late October 2023.', '$3 billion', '2025-11-20')).toBe('unverifiable');
  });
});

describe('the estimate is filed under the publication that carries it', () => {
  it('dates a share bound to the survey\'s author by the figure it is recorded as the author of (English)', () => {
    const text = 'According to the McKinsey survey the Index cites, 78% of organisations used AI in 2023.';
    expect(draftFindings(text, '2025-06-01')).toEqual(['78% fact.wrong-period warning']);
  });

  it('dates a share bound to the survey\'s author by the figure it is recorded as the author of (Chinese)', () => {
    expect(draftFindings('麦肯锡估计，2023年有78%的组织使用AI。', '2025-06-01')).toEqual(['78% fact.wrong-period warning']);
  });

  it('near miss: the figure of its own year is not flagged', () => {
    expect(draftFindings('麦肯锡调查称，2024年有78%的组织使用AI。', '2025-06-01')).toEqual([]);
    expect(draftFindings('According to the McKinsey survey the Index cites, 78% of organisations used AI in 2024.', '2025-06-01')).toEqual([]);
  });
});

describe('the credit of a figure filed under the named product', () => {
  it('a price the maker is credited with through the wrong publisher is misattributed (English)', () => {
    const text = 'Jensen Huang told Bloomberg that Nvidia would price the B200 at $30,000 to $40,000.';
    expect(draftFindings(text, '2025-01-15')).toEqual(['$30,000 to $40,000 fact.misattributed warning']);
  });

  it('a price the maker is credited with through the wrong publisher is misattributed (Chinese)', () => {
    expect(draftFindings('据彭博社报道，英伟达将以3万至4万美元的价格出售B200。', '2025-01-15')).toEqual(['3万至4万美元 fact.misattributed warning']);
  });

  it('near miss: the publisher that reported it is named, in either language', () => {
    expect(draftFindings('Jensen Huang told CNBC that Nvidia would price the B200 at $30,000 to $40,000.', '2025-01-15')).toEqual([]);
    expect(draftFindings('据CNBC报道，英伟达将以3万至4万美元的价格出售B200。', '2025-01-15')).toEqual([]);
  });

  it('ambiguous: a source the fact base does not know as a publisher says nothing of the credit', () => {
    expect(draftFindings('According to one supplier, Nvidia would price the B200 at $30,000 to $40,000.', '2025-01-15')).toEqual([]);
    expect(draftFindings('据一家供应商称，英伟达将以3万至4万美元的价格出售B200。', '2025-01-15')).toEqual([]);
  });
});

describe('a slip in the figure of a product its sentence names', () => {
  it('a price of the named model a thousandfold off is a slip of scale, though bound to its maker (English)', () => {
    expect(draftFindings('Alphabet prices Gemini 1.5 Flash input at $0.075 per 1,000 tokens.', '2024-10-01')).toEqual(['$0.075 fact.wrong-scale warning']);
  });

  it('a price of the named model in the wrong currency is a slip of currency, though bound to its maker (Chinese)', () => {
    expect(draftFindings('2024年5月15日，字节跳动推出豆包主力模型，输入价格为每千token 0.0008美元。', '2024-10-01')).toEqual(['0.0008美元 fact.wrong-currency warning']);
  });

  it('near miss: the right unit and currency are not flagged, in either language', () => {
    expect(draftFindings('Alphabet prices Gemini 1.5 Flash input at $0.075 per million tokens.', '2024-10-01')).toEqual([]);
    expect(draftFindings('2024年5月15日，字节跳动推出豆包主力模型，输入价格为每千token 0.0008元。', '2024-10-01')).toEqual([]);
  });

  it('ambiguous: a product named only in an earlier sentence may not be whose figure it is', () => {
    expect(draftFindings('Gemini 1.5 Flash got a price cut in August. Alphabet now charges $0.075 per 1,000 input tokens.', '2024-10-01')).toEqual([]);
    expect(draftFindings('豆包主力模型于2024年5月15日发布。当天字节跳动把输入价格定为每千token 0.0008美元。', '2024-10-01')).toEqual([]);
  });
});

describe('a finding judged through the product names the product, not its maker', () => {
  const messageOf = (text: string, span: string, date: string, locale?: 'zh-cn') =>
    analyze(text, { facts: bundledFacts(), locale, options: sanitizeOptions({ documentDate: date }) }).findings.find((f) => f.text.startsWith(span))?.message;

  it('a stand-in product\'s slip (Chinese message and English)', () => {
    const text = '2024年5月15日，字节跳动推出豆包主力模型，输入价格为每千token 0.0008美元。';
    expect(messageOf(text, '0.0008美元', '2024-10-01', 'zh-cn')).toContain('豆包API输入价格');
    expect(messageOf(text, '0.0008美元', '2024-10-01')).toContain('Doubao API input price');
    expect(messageOf(text, '0.0008美元', '2024-10-01')).not.toContain('ByteDance');
  });

  it('the priced product the claim binds beside its maker', () => {
    const text = 'In 2023 Nvidia priced each H100 at $300,000.';
    expect(messageOf(text, '$300,000', '2025-06-01')).toContain('H100 unit price');
  });

  it('near miss: a product of another company keeps the buyer as the subject', () => {
    const message = messageOf('Meta bought 1,500,000 H100 GPUs in 2023.', '1,500,000', '2025-06-01');
    expect(message).toContain('Meta GPUs acquired');
  });
});
