/**
 * A company named before its own product in a phrase whose head is the product ("字节跳动发布的豆包",
 * "谷歌推出的Gemini", "Google's newly launched Gemini"): what follows is about the product, as in
 * "豆包的调用量" (bind/entities.ts, OWNER_GAP). A name before something that is not its product keeps
 * the usual reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-06-01';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('the product at the head of "<company> 发布的 <product>" is the subject', () => {
  const heads = [
    { how: '发布的', text: '字节跳动发布的豆包大模型日均调用量约1200亿tokens。', figure: '1200亿tokens', head: 'doubao' },
    { how: '推出的', text: '谷歌推出的Gemini月活用户达到4.5亿。', figure: '4.5亿', head: 'gemini' },
    { how: 'a date, then 上线的', text: 'OpenAI去年11月上线的ChatGPT周活用户已达1亿。', figure: '1亿', head: 'chatgpt' },
    { how: 'a month, then 发布的', text: '百度去年3月发布的文心一言用户数突破1亿。', figure: '1亿', head: 'ernie' },
    { how: 'in the clause before the number', text: '字节跳动去年5月发布的豆包pro-32k更低，输入价格仅为每千tokens 0.0008美元。', figure: '0.0008美元', head: 'doubao' },
  ];
  for (const { how, text, figure, head } of heads) it(how, () => expect(entityOf(text, figure)).toBe(head));
  it("'s newly launched (en)", () => {
    expect(entityOf("Google's newly launched Gemini app has 450 million monthly users.", '450 million monthly users')).toBe('gemini');
  });
});

describe('near misses', () => {
  it('a company before a company it invested in is no owner either: the head after 的 is (relativeClauseHead.test.ts)', () => {
    expect(entityOf('腾讯投资的月之暗面估值达到33亿美元。', '33亿美元')).toBe('moonshot-ai');
  });

  it('a company that released a product, with no 的 making the product the head', () => {
    expect(entityOf('字节跳动发布豆包后，资本开支增至800亿元。', '800亿元')).toBe('bytedance');
  });
});

describe('the product decides the price', () => {
  it('a yuan price written in dollars is the wrong currency', () => {
    expect(flagged('字节跳动2024年5月推出的豆包，输入价格为每千tokens 0.0008美元。', '2024-09-01')).toEqual(['0.0008美元 fact.wrong-currency']);
  });

  it('near miss: the price in yuan raises nothing', () => {
    expect(flagged('字节跳动2024年5月推出的豆包，输入价格为每千tokens 0.0008元。', '2024-09-01')).toEqual([]);
  });
});
