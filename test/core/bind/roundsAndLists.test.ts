/**
 * Subjects and metrics that the number's own words do not give: investors named in a round are not the
 * company the round is about; a company named right before its own product yields to the product; a
 * list item that is only a date and a figure continues the measure of its list; a measurement's number
 * is not a year.
 */
import { describe, expect, it } from 'vitest';
import { bind, qAt } from './helpers';

describe('investors in a round are not its subject', () => {
  it('a leader ("Microsoft had led the round") leaves the valuation to the heading\'s company', () => {
    const text = '# Inflection\n\nMicrosoft had led the $1.3 billion round at a valuation of $4 billion.';
    const claims = bind(text, [qAt(text, '$1.3 billion', 'money'), qAt(text, '$4 billion', 'money')]);
    expect(claims.map((c) => c.entity?.value)).toEqual(['inflection-ai', 'inflection-ai']);
  });

  it('a list of backers ("with Microsoft, OpenAI and Nvidia among the investors") binds none of them', () => {
    const text = 'The robot maker raised $675 million in February, with Microsoft, OpenAI and Nvidia among the investors.';
    const [claim] = bind(text, [qAt(text, '$675 million', 'money')]);
    expect(claim.entity).toBeUndefined();
  });

  it('Chinese: 英伟达、甲骨文等参与投资 are investors; the round is the heading\'s company\'s', () => {
    const text = '# Cohere\n\n2023年6月那一轮,英伟达、谷歌等参与投资,融资额为2.7亿美元。';
    const [claim] = bind(text, [qAt(text, '2.7亿美元', 'money')]);
    expect(claim.entity?.value).toBe('cohere');
  });

  it.each([
    ['backers "in the book"', 'The robot maker raised $675 million in February, with Microsoft and Nvidia in the book.'],
    ['backers "alongside"', 'The robot maker raised $675 million from a syndicate led by a growth fund, with Microsoft, Amazon and Nvidia alongside.'],
    ['a list cut by a clause comma', 'In February the robot maker raised $675 million with Microsoft, Amazon and Nvidia among the investors.'],
    ['a list with a name the base does not know', 'The robot maker raised $675 million in February, with Microsoft, the OpenAI Startup Fund and Nvidia in the book.'],
  ])('%s bind none of them', (_why, text) => {
    const [claim] = bind(text, [qAt(text, '$675 million', 'money')]);
    expect(claim.entity).toBeUndefined();
  });

  it('Chinese: an unknown name before 等参投 keeps the list of investors', () => {
    const text = '# Cohere\n\n2023年6月那一轮,英伟达、谷歌、某基金等参投,融资额为2.7亿美元。';
    const [claim] = bind(text, [qAt(text, '2.7亿美元', 'money')]);
    expect(claim.entity?.value).toBe('cohere');
  });

  it('near miss: a company named with "alongside" another is still the subject', () => {
    const text = 'Microsoft invested $10 billion alongside Nvidia in January 2023.';
    const [claim] = bind(text, [qAt(text, '$10 billion', 'money')]);
    expect(claim.entity?.value).toBe('microsoft');
  });

  it('a company that raised money itself is still the subject', () => {
    const text = 'OpenAI raised $6.6 billion, led by Thrive Capital.';
    const [claim] = bind(text, [qAt(text, '$6.6 billion', 'money')]);
    expect(claim.entity?.value).toBe('openai');
  });
});

describe('a company named right before its own product', () => {
  it('yields to the product (百度文心一言)', () => {
    const text = '百度文心一言的用户数达到1亿。';
    const [claim] = bind(text, [qAt(text, '1亿', 'number')]);
    expect(claim.entity?.value).toBe('ernie');
  });

  it("and in English (OpenAI's ChatGPT)", () => {
    const text = "OpenAI's ChatGPT has 800 million weekly users.";
    const [claim] = bind(text, [qAt(text, '800 million', 'count')]);
    expect(claim.entity?.value).toBe('chatgpt');
  });

  it('but not to a product of another company', () => {
    const text = 'Microsoft ChatGPT deal: Microsoft paid $10 billion.';
    const [claim] = bind(text, [qAt(text, '$10 billion', 'money')]);
    expect(claim.entity?.value).toBe('microsoft');
  });
});

describe('a bare list item continues the measure of its list', () => {
  it('takes the metric of the item that names it (English)', () => {
    const text = '# ChatGPT\n\n- November 2023: 100 million weekly users\n- August 2024: 300 million\n- December 2024: 300 million';
    const claims = bind(text, [qAt(text, '100 million weekly users', 'count'), qAt(text, '300 million', 'count'), qAt(text, '300 million', 'count', 1)]);
    expect(claims.map((c) => c.metric && `${c.metric.value}/${c.metric.how}`)).toEqual(['users.weekly/explicit', 'users.weekly/context', 'users.weekly/context']);
  });

  it('from a later item too, through milestone words (Chinese)', () => {
    const text = '# 英伟达\n\n- **2024年2月23日**:盘中首次约2万亿美元\n- **2024年6月5日**:收盘市值3.01万亿美元';
    const [first] = bind(text, [qAt(text, '2万亿美元', 'money'), qAt(text, '3.01万亿美元', 'money')]);
    expect(first.metric).toMatchObject({ value: 'market-cap', how: 'context' });
  });

  it('not across a blank line, and not when the item says something else', () => {
    const text = '- November 2023: 100 million weekly users\n\n- August 2024: 300 million\n- Staff: 3,000 employees';
    const claims = bind(text, [qAt(text, '100 million weekly users', 'count'), qAt(text, '300 million', 'count'), qAt(text, '3,000', 'count')]);
    expect(claims.map((c) => c.metric?.value)).toEqual(['users.weekly', undefined, undefined]);
  });
});

describe('a measurement is not a date', () => {
  it('"1979 TFLOPS" keeps its claim and binds no year', () => {
    const text = 'The H100 peaks at 1979 TFLOPS.';
    const claims = bind(text, [qAt(text, '1979', 'number', 0, { unit: 'TFLOPS' })]);
    expect(claims).toHaveLength(1);
    expect(claims[0].period).toBeUndefined();
  });
});

describe("a publisher's own figure (\"Bloomberg's count of $246 billion\")", () => {
  it('credits the publisher and does not make it the subject', () => {
    const text = "Bloomberg's count of $246 billion includes finance leases.";
    const [claim] = bind(text, [qAt(text, '$246 billion', 'money')]);
    expect(claim.attribution?.value).toBe('Bloomberg');
    expect(claim.entity).toBeUndefined();
  });

  it('covers only the figures after it', () => {
    const text = "OpenAI's run-rate was $1.6 billion, and the FT's figure implies $2 billion.";
    const [first, second] = bind(text, [qAt(text, '$1.6 billion', 'money'), qAt(text, '$2 billion', 'money')]);
    expect(first.attribution).toBeUndefined();
    expect(second.attribution?.value).toBe('FT');
  });

  it('Chinese: 彭博的统计 is a source, not the subject', () => {
    const text = '# 百度\n\n报告引用彭博的统计:2024年营收为1000亿元。';
    const [claim] = bind(text, [qAt(text, '1000亿元', 'money')]);
    expect(claim.attribution?.value).toBe('彭博');
    expect(claim.entity?.value).toBe('baidu');
  });
});

describe('这笔 refers back to the sum just named', () => {
  it('binds the spender of the previous sentence, not a company compared with after it', () => {
    const text = '百度宣布未来三年投入超过100亿元。这笔高达100亿美元的投入,超过了微软一年的开支。';
    const [, second] = bind(text, [qAt(text, '100亿元', 'money'), qAt(text, '100亿美元', 'money')]);
    expect(second.entity).toMatchObject({ value: 'baidu', how: 'context' });
  });

  it('a name in the number\'s own clause still wins', () => {
    const text = '微软投资了100亿美元。这笔投资让OpenAI的估值达到290亿美元。';
    const [, second] = bind(text, [qAt(text, '100亿美元', 'money'), qAt(text, '290亿美元', 'money')]);
    expect(second.entity?.value).toBe('openai');
  });
});
