/**
 * A figure whose sentence names only its owner and period takes the one measure its paragraph named
 * before it, as a context binding (bind/paragraphMetric.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric;

describe('a measure carried from the paragraph', () => {
  it('English: a later sentence naming only the owner and the year', () => {
    const wrong = flaggedClaim('Capital expenditure kept climbing at the big platforms. Alphabet\'s $52.5 billion in 2023 was already a record.', '$52.5 billion', '2025-06-01');
    expect(wrong.claim?.metric).toMatchObject({ value: 'capex', how: 'context' });
    expect(wrong.verdicts).toContain('wrong-period');
    const right = flaggedClaim('Capital expenditure kept climbing at the big platforms. Alphabet\'s $32.3 billion in 2023 was already a record.', '$32.3 billion', '2025-06-01');
    expect(right.claim?.metric).toMatchObject({ value: 'capex', how: 'context' });
    expect(right.claim?.verdict).toBe('supported');
    expect(right.verdicts).toEqual([]);
  });

  it('Chinese: 资本开支 named once, then 谷歌2023年的…', () => {
    const right = claimOf('资本开支一路攀升。谷歌2023年的323亿美元已是公司纪录。', '323亿美元');
    expect(right?.metric).toMatchObject({ value: 'capex', how: 'context' });
    expect(right?.verdict).toBe('supported');
    const wrong = flaggedClaim('资本开支一路攀升。谷歌2023年的525亿美元已是公司纪录。', '525亿美元', '2025-06-01');
    expect(wrong.verdicts).toContain('wrong-period');
  });

  it('not for a figure of another kind than the measure\'s', () => {
    expect(metricOf('Capital expenditure kept climbing. Alphabet grew 40% in 2024.', '40%')).toBeUndefined();
    expect(metricOf('资本开支一路攀升。谷歌2024年增长了40%。', '40%')).toBeUndefined();
  });

  it('not when the figure\'s sentence names a measure, its own or another', () => {
    expect(metricOf('Capital expenditure kept climbing. Alphabet\'s revenue was $350 billion in 2024.', '$350 billion')?.value).toBe('revenue');
    expect(metricOf('Capital expenditure kept climbing. Alphabet paid $2.7 billion in 2024 for a licence.', '$2.7 billion')?.value).not.toBe('capex');
    expect(metricOf('资本开支一路攀升。谷歌2024年收入为3500亿美元。', '3500亿美元')?.value).toBe('revenue');
  });

  it('not when the paragraph named two measures of the figure\'s kind', () => {
    expect(metricOf('Revenue and capital expenditure both climbed. Alphabet\'s $52.5 billion in 2024 was a record.', '$52.5 billion')).toBeUndefined();
    expect(metricOf('收入和资本开支都在攀升。谷歌2024年的525亿美元是纪录。', '525亿美元')).toBeUndefined();
  });

  it('not without an owner named in the figure\'s own sentence', () => {
    expect(metricOf('Alphabet\'s capital expenditure kept climbing. In 2023 the figure to beat was $52.5 billion.', '$52.5 billion')).toBeUndefined();
  });
});

describe('a list governed by a verb of putting money in carries that verb, not the paragraph', () => {
  it('Chinese: 甲出了…，乙…，丙… after a valuation', () => {
    const text = '这轮融资66亿美元，投后估值1570亿美元。据报道，甲基金出了约12.5亿美元，微软约20亿美元，英伟达约1亿美元。';
    expect(metricOf(text, '1亿美元')?.value).not.toBe('valuation');
    expect(flaggedClaim(text, '1亿美元', '2025-06-01').verdicts).toEqual([]);
  });

  it('English: "put in" heads the list', () => {
    const text = 'The round raised $6.6 billion at a $157 billion valuation. Reportedly, Acme Capital put in about $1.25 billion, Microsoft $2 billion and Nvidia $100 million.';
    expect(metricOf(text, '$100 million')?.value).not.toBe('valuation');
  });

  it('a sentence without such a verb still carries the paragraph measure', () => {
    expect(metricOf('资本开支一路攀升。谷歌2023年的323亿美元已是公司纪录。', '323亿美元')?.value).toBe('capex');
  });
});

describe('a pronoun standing for the paragraph\'s subject names the sentence\'s owner', () => {
  it('English: "It had …" after a sentence naming the measure', () => {
    const wrong = "ChatGPT's weekly active users keep climbing. It had 100 million in November 2023 and 200 million in October 2024.";
    expect(metricOf(wrong, '200 million')?.value).toBe('users.weekly');
    expect(flaggedClaim(wrong, '200 million', '2025-01-15').verdicts).toContain('wrong-period');
    const right = "ChatGPT's weekly active users keep climbing. It had 100 million in November 2023 and 200 million in August 2024.";
    expect(flaggedClaim(right, '200 million', '2025-01-15').verdicts).toEqual([]);
  });

  it('Chinese: 它…', () => {
    expect(flaggedClaim('ChatGPT的周活跃用户增长很快。它在2024年10月为2亿。', '2亿', '2025-01-15').verdicts).toContain('wrong-period');
    expect(flaggedClaim('ChatGPT的周活跃用户增长很快。它在2024年8月为2亿。', '2亿', '2025-01-15').verdicts).toEqual([]);
  });

  it('not when the paragraph named two measures of the figure\'s kind', () => {
    const text = "ChatGPT's weekly active users and monthly active users both keep climbing. It had 200 million in October 2024.";
    expect(metricOf(text, '200 million')).toBeUndefined();
  });
});
