/**
 * A sentence that names no owner continues the one before it (bind/previousSubject.ts): the figure is
 * about the one company, product or model the paragraph's previous sentence names, as a context binding.
 * Not when that sentence names two owners, only a publisher or a person, or lies in another paragraph,
 * nor when the figure's sentence says another party is meant (其他公司, rivals);
 * and never over an owner the figure's own sentence (or heading) gives.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.entity;

describe('a sentence with no owner takes the one named just before it', () => {
  it('English', () => {
    const e = entityOf('Mistral AI was founded in Paris in 2023 by three researchers. The seed round that summer came to €105 million.', '€105 million');
    expect(e?.value).toBe('mistral-ai');
    expect(e?.how).toBe('context');
    expect(entityOf('Zhipu filed its listing papers in Hong Kong. Revenue for 2024 was RMB 312 million, the filing shows.', 'RMB 312 million')?.value).toBe('zhipu-ai');
  });

  it('Chinese', () => {
    expect(entityOf('百川智能由王小川创办，成立不到半年。当年10月完成A1轮融资3亿美元。', '3亿美元')?.value).toBe('baichuan');
    expect(entityOf('智谱在港交所递交了招股书。2024年收入为3.12亿元，同比增长约151%。', '3.12亿元')?.value).toBe('zhipu-ai');
  });

  it('a slip of currency in the continued sentence is flagged', () => {
    const { verdicts } = flaggedClaim('百川智能由王小川创办，成立不到半年。2023年10月完成A1轮融资3亿元。', '3亿元', '2024-06-01');
    expect(verdicts).toContain('wrong-currency');
  });
});

describe('what does not continue', () => {
  it('a previous sentence naming two owners', () => {
    expect(entityOf('Mistral AI and Baichuan were both founded in 2023. The seed round that summer came to €105 million.', '€105 million')).toBeUndefined();
    expect(entityOf('百川智能和智谱都在2023年拿到了融资。当年10月完成A1轮融资3亿美元。', '3亿美元')).toBeUndefined();
  });

  it('a previous sentence naming only a publisher or a person', () => {
    expect(entityOf('Bloomberg ran the story first on Monday. The seed round that summer came to €105 million.', '€105 million')).toBeUndefined();
    expect(entityOf('王小川接受了采访。当年10月完成A1轮融资3亿美元。', '3亿美元')).toBeUndefined();
  });

  it('a previous sentence in another paragraph', () => {
    expect(entityOf('Mistral AI was founded in Paris in 2023.\n\nThe seed round that summer came to €105 million.', '€105 million')).toBeUndefined();
  });

  it('a sentence that says another party is meant', () => {
    expect(entityOf('英伟达发布了财报。其他公司的营收合计是500亿美元。', '500亿美元')).toBeUndefined();
    expect(entityOf("Nvidia reported on Wednesday. Other chipmakers' revenue came to $50 billion combined.", '$50 billion')).toBeUndefined();
  });

  it('never over an owner the sentence names itself', () => {
    expect(entityOf('Mistral AI was founded in Paris in 2023. Baichuan raised $300 million that October.', '$300 million')?.value).toBe('baichuan');
  });
});
