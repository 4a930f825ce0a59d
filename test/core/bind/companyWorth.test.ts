/**
 * "Cohere is a $5 billion company": a sum written as the size of a company is its valuation, unless a
 * metric word between them says what the sum measures.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

const metricOf = (text: string, needle: string) => {
  const figure = qAt(text, needle, 'money');
  return claimOf(bind(text, [figure]), figure).metric;
};

describe('a sum that sizes a company', () => {
  it('is the valuation (English)', () => {
    expect(metricOf('Cohere is now a $5.5 billion company selling models to banks.', '$5.5 billion')).toMatchObject({ value: 'valuation', how: 'explicit' });
    expect(metricOf('Investors call Inflection a roughly $4 billion AI startup.', '$4 billion')?.value).toBe('valuation');
  });

  it('is the valuation (Chinese)', () => {
    expect(metricOf('百度旗下曾孵化出一家50亿美元的人工智能公司。', '50亿美元')?.value).toBe('valuation');
  });

  it('near misses: a metric word in between, a company-wide sum, a sum the company spends', () => {
    expect(metricOf('Cohere became a $1 billion revenue company last year.', '$1 billion')?.value).toBe('revenue');
    expect(metricOf('Meta set a $2 billion company-wide budget.', '$2 billion')?.value).not.toBe('valuation');
    expect(metricOf('Microsoft paid $650 million to the company.', '$650 million')?.value).not.toBe('valuation');
    expect(metricOf('百度向这家公司投资了50亿美元。', '50亿美元')?.value).not.toBe('valuation');
  });
});
