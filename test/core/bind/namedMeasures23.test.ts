/**
 * Figures whose measure the sentence names in a way the trigger words alone missed (session 23):
 * a contract that "is worth" the figure (stakeWorth.ts dealWorth), "N people used X every month"
 * (usageFrequency.ts usedEveryMetric), 贡献…收入的N% / N%的收入 (shareOf.ts) and a hedged entry beside a
 * new subject in a series (metrics.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

function metricOf(text: string, figure: string, date = '2025-06-01'): string | undefined {
  const analysis = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: date }) });
  const claim = analysis.claims.find((c) => c.quantity.text === figure);
  if (!claim) throw new Error(`no claim for ${figure}`);
  return claim.metric?.value;
}

describe('a contract or a deal that is worth the figure', () => {
  it("binds the deal's value", () => {
    expect(metricOf("Nebius's compute contract with Microsoft is worth $12 billion over four years.", '$12 billion')).toBe('deal.value');
    expect(metricOf('The licensing deal, announced in the spring, is worth roughly $7 billion.', '$7 billion')).toBe('deal.value');
  });

  it("still binds nothing to what a stake is worth, and a company's worth to its valuation", () => {
    expect(metricOf("Nvidia's stake in xAI is worth about $3 billion.", '$3 billion')).toBeUndefined();
    expect(metricOf('After the round, Mistral is worth $14 billion.', '$14 billion')).toBe('valuation');
  });
});

describe('a count of people who use a product every week or month', () => {
  it('is the weekly or monthly user count', () => {
    expect(metricOf('By the spring, 300 million people used ChatGPT every week.', '300 million people')).toBe('users.weekly');
    expect(metricOf('The company says 40 million people use Claude every month.', '40 million people')).toBe('users.monthly');
  });

  it('needs the verb of using and the frequency', () => {
    expect(metricOf('About 300 million people visited the site last year.', '300 million people')).toBeUndefined();
  });
});

describe('贡献 and N%的 name a share of revenue', () => {
  it('reads 贡献…收入的N% as 占…收入的N%', () => {
    expect(metricOf('最大客户贡献了2024年收入的48%。', '48%')).toBe('share-of-revenue');
    expect(metricOf('云业务预计将贡献集团营收的约15%。', '15%')).toBe('share-of-revenue');
  });

  it('reads N%的收入 after the figure', () => {
    expect(metricOf('其中最大客户贡献了48%的收入。', '48%')).toBe('share-of-revenue');
  });

  it('does not make a rise a share', () => {
    expect(metricOf('公司收入同比增长48%。', '48%')).not.toBe('share-of-revenue');
  });
});

describe('a hedged entry beside a new subject', () => {
  it('continues the measure of the clause before', () => {
    expect(metricOf('据估算，2024年微软采购了约30万块GPU，谷歌约12万块。', '12万块')).toBe('gpus.acquired');
  });

  it('an undated hedge with no subject still restates, not continues', () => {
    expect(metricOf('Nvidia was 60% of the revenue, roughly $2 billion.', '$2 billion')).toBeUndefined();
  });
});
