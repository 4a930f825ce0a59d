/**
 * A blended or weighted price (混合, 综合, 加权) is the writer's average of list prices, no input or output
 * price itself: its price metric is left unbound (bind/blendedPrice.ts). And a model named only in the
 * next sentence does not own a figure: "…roughly $90. o3 got a cut" is two sentences (text/sentences.ts).
 * Bundled facts: GPT-4.5 lists at $75 / $150; o3 at $2 / $8 from 10 June 2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-25';

describe('a blended price is not a list price', () => {
  it.each([
    ["GPT-4.5's input price is 30 times GPT-4o's; blended at three input tokens per output token it comes to roughly $90.", '$90'],
    ['GPT-4.5 costs $150 per million output tokens, and a blended price of about $90.', '$90'],
    ['GPT-4.5按三比一混合计算，综合价格约为90美元。', '90美元'],
  ])('%s', (text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, DATE);
    expect(claim?.metric).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('near miss: an output price written as such is still checked', () => {
    expect(flaggedClaim('GPT-4.5 costs $90 per million output tokens.', '$90', DATE).verdicts).toEqual(['contradicted']);
  });
});

describe('a model named in the next sentence does not own the figure', () => {
  it('"…roughly $94 per million tokens. o3 is far cheaper." binds the $94 to GPT-4.5', () => {
    const { claim, verdicts } = flaggedClaim('At three input tokens to one output token, GPT-4.5 works out to about $94 per million tokens. o3 is far cheaper.', '$94', DATE);
    expect(claim?.entity?.value).toBe('gpt-4-5');
    expect(verdicts).toEqual([]);
  });
});

describe('a heading or lead line that calls the prices blended makes its bare items blends', () => {
  const JULY = '2025-07-02';
  const en = (heading: string, lead: string, item: string) => `## ${heading}\n\nMost of our readers run roughly three input tokens for every output token. ${lead}\n\n- GPT-4o: about $4.38 per million\n- ${item}`;
  const zh = (heading: string, lead: string, item: string) => `## ${heading}\n\n多数读者每输出一个token约输入三个token。${lead}\n\n- ${item}`;

  it.each([
    ['"## A blended bill" and "On that mix:"', en('A blended bill', 'On that mix:', 'DeepSeek-V3, cache miss: about $0.48 per million'), '$0.48'],
    ['the lead line "On that mix:" alone', en('The bill', '\n\nOn that mix:', 'DeepSeek-V3, cache miss: about $0.48 per million'), '$0.48'],
    ['the lead line 按这个混合比例： alone', zh('计费', '\n\n按这个混合比例：', 'DeepSeek-V3（缓存未命中）：每百万token约0.48美元'), '0.48美元'],
    ['按三比一混合计费', zh('按三比一混合计费', '按这个比例：', 'DeepSeek-V3（缓存未命中）：每百万token约0.48美元'), '0.48美元'],
  ])('%s', (_, text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, JULY);
    expect(claim?.metric).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it.each([
    ['no blend named (English)', en('The bill', 'The list:', 'DeepSeek-V3, cache miss: about $0.48 per million'), '$0.48'],
    ['no blend named (Chinese)', zh('计费', '价格如下：', 'DeepSeek-V3（缓存未命中）：每百万token约0.48美元'), '0.48美元'],
    ['the item names its side (English)', en('A blended bill', 'On that mix:', 'DeepSeek-V3: input at about $0.48 per million'), '$0.48'],
    ['the item names its side (Chinese)', zh('按三比一混合计费', '按这个比例：', 'DeepSeek-V3（缓存未命中）：输入每百万token约0.48美元'), '0.48美元'],
  ])('near miss, still flagged: %s', (_, text, figure) => {
    expect(flaggedClaim(text, figure, JULY).verdicts).toEqual(['contradicted']);
  });
});
