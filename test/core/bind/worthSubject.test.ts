/**
 * "X is worth $N" values X: a worth word whose subject is a thing (the cluster, those chips, an order),
 * not the company the paragraph is about, binds no valuation; the company's own worth still does
 * (worthSubject.ts). Bundled facts: Groq was valued at about $6.9 billion in September 2025; OpenAI at
 * $157 billion in October 2024.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

function metricOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  return claimOf(bind(text, [q], '2025-12-20'), q).metric?.value;
}

const ROUND = 'Groq raised $750 million in September 2025 at a valuation of about $6.9 billion. ';

describe("a thing's worth is not the company's valuation", () => {
  it('binds no valuation to what a thing is worth', () => {
    expect(metricOf('At about $25,000 a card, the cluster is worth some $550 million.', '$550 million')).toBeUndefined();
    expect(metricOf('Those chips are now reportedly worth about $550 million.', '$550 million')).toBeUndefined();
    expect(metricOf('It signed an order worth $300 million.', '$300 million')).toBeUndefined();
    expect(metricOf('The 20,000 cards, worth some $550 million, arrived in November.', '$550 million')).toBeUndefined();
    expect(metricOf('The cluster, which is valued at $550 million, runs in Texas.', '$550 million')).toBeUndefined();
    expect(metricOf('The options are therefore worth some $2 billion.', '$2 billion')).toBeUndefined();
  });

  it('binds no valuation to "$N worth of" what it counts', () => {
    expect(metricOf('It has $550 million worth of chips on order.', '$550 million')).toBeUndefined();
  });

  it('binds no valuation to what a known product or a person is worth', () => {
    expect(metricOf('The H100s alone are worth $550 million.', '$550 million')).toBeUndefined();
    expect(metricOf('Amy Hood is worth $2 billion.', '$2 billion')).toBeUndefined();
  });

  it("still reads a company's own worth as its valuation", () => {
    expect(metricOf('OpenAI is now worth $157 billion.', '$157 billion')).toBe('valuation');
    expect(metricOf('The company is worth $4 billion.', '$4 billion')).toBe('valuation');
    expect(metricOf('The startup, now worth $4 billion, is hiring.', '$4 billion')).toBe('valuation');
    expect(metricOf('Groq is a startup worth $4 billion.', '$4 billion')).toBe('valuation');
    expect(metricOf('The ChatGPT maker was last valued at $157 billion.', '$157 billion')).toBe('valuation');
    expect(metricOf('It is expected to be worth $4 billion.', '$4 billion')).toBe('valuation');
    expect(metricOf('Groq, valued at $4 billion, is hiring.', '$4 billion')).toBe('valuation');
    expect(metricOf('It burns cash while being valued at $4 billion.', '$4 billion')).toBe('valuation');
  });

  it('leaves a capitalised name the base does not know as it was read', () => {
    expect(metricOf('Acme is worth $4 billion.', '$4 billion')).toBe('valuation');
  });
});

describe('with the bundled facts', () => {
  itIsSilent(
    [
      [`${ROUND}At about $25,000 a card, the cluster is worth some $550 million, or 42% of the new money.`, '$550 million'],
      [`${ROUND}The order is worth $300 million.`, '$300 million'],
      // Chinese writes a thing's worth with 价值, no word of valuation.
      ['Groq于2025年9月融资7.5亿美元，估值约69亿美元。按每张2.5万美元计算，这批芯片价值约5.5亿美元。', '5.5亿美元'],
      ['Groq于2025年9月融资7.5亿美元，估值约69亿美元。这笔订单价值3亿美元。', '3亿美元'],
    ],
    '2025-12-20',
  );

  it("near miss: the company's wrong worth is still flagged", () => {
    expect(flaggedClaim(`${ROUND}The company is worth $4 billion.`, '$4 billion', '2025-12-20').verdicts).toEqual(['contradicted']);
    expect(flaggedClaim(`${ROUND}Groq is now worth $4 billion.`, '$4 billion', '2025-12-20').verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('Groq于2025年9月融资7.5亿美元。该公司目前估值40亿美元。', '40亿美元', '2025-12-20').verdicts).toEqual(['contradicted']);
  });
});
