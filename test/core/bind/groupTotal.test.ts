/**
 * A total over a list of names is the list's figure (bind/groupTotal.ts): it binds the group entity whose
 * members are exactly the names listed (the bundled "hyperscalers": Microsoft, Alphabet, Amazon, Meta,
 * whose 2024 capex tally is ~$223B), or no entity. A name that only opens a group of names is not an
 * unambiguous subject: no error on it, and no contradiction from missing one member's figure.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-03-10';

function entityOf(text: string, figure: string): string | undefined {
  return draftAnalysis(text, DATE).claims.find((c) => c.quantity.text === figure)?.entity?.value;
}

describe('a total over a list of names', () => {
  it('zh: 合计 after the four members binds the group, and the right sum is silent', () => {
    const text = '据某财经媒体统计，微软、谷歌母公司Alphabet、亚马逊和Meta去年的资本开支合计约2230亿美元，今年计划合计约3250亿美元。';
    expect(entityOf(text, '2230亿美元')).toBe('hyperscalers');
    expect(entityOf(text, '3250亿美元')).toBe('hyperscalers');
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('en: "together" and "combined" bind the group', () => {
    expect(draftFindings('Microsoft, Alphabet, Amazon and Meta together spent about $223 billion on capex last year.', DATE)).toEqual([]);
    expect(entityOf('Microsoft, Alphabet, Amazon and Meta spent $223 billion combined on capex in 2024.', '$223 billion')).toBe('hyperscalers');
  });

  it('a wrong sum is told against the group\'s figure, not a member\'s', () => {
    expect(draftFindings('微软、谷歌、亚马逊和Meta去年的资本开支合计约3000亿美元。', DATE)).toEqual(['3000亿美元 fact.value-mismatch error']);
    expect(draftFindings('Microsoft, Alphabet, Amazon and Meta spent $300 billion combined on capex in 2024.', DATE)).toEqual(['$300 billion fact.value-mismatch error']);
  });

  it('without a total word, the four members\' figure is still their sum unless the sentence distributes it', () => {
    expect(entityOf('微软、谷歌、亚马逊和Meta去年的资本开支约2230亿美元。', '2230亿美元')).toBe('hyperscalers');
    expect(entityOf('微软、谷歌、亚马逊和Meta去年的资本开支都超过400亿美元。', '400亿美元')).toBe('microsoft');
  });

  it('near miss: a total over names no group stands for binds no entity', () => {
    const zh = '微软、亚马逊、谷歌三家公司去年的资本开支加起来约1800亿美元。';
    expect(entityOf(zh, '1800亿美元')).toBeUndefined();
    expect(draftFindings(zh, DATE)).toEqual([]);
    expect(draftFindings('Microsoft and Meta together spent about $95 billion on capex last year.', DATE)).toEqual([]);
  });

  it('near miss: a member\'s own figure beside the total keeps its own subject', () => {
    const text = 'Microsoft spent $56 billion on capex in 2024, and Alphabet, Amazon and Meta together about $167 billion.';
    expect(entityOf(text, '$56 billion')).toBe('microsoft');
    expect(draftFindings('Microsoft spent $80 billion on capex in 2024, while Alphabet, Amazon and Meta together spent about $167 billion.', DATE)).toEqual(['$80 billion fact.value-mismatch error']);
  });
});

describe('a name that opens a group of names', () => {
  it('is never an error, and missing one member\'s figure is no contradiction', () => {
    expect(draftFindings('Microsoft and Meta spent about $100 billion on capex last year.', DATE)).toEqual([]);
    expect(draftFindings('微软和Meta去年的资本开支约1000亿美元。', DATE)).toEqual([]);
  });
});

describe('a total over a group named by its size', () => {
  it('is no single company\'s figure, even one named beside or after it', () => {
    expect(entityOf('表中五家公司的估值加起来约4200亿美元，其中OpenAI一家就占了七成以上。', '4200亿美元')).toBeUndefined();
    expect(entityOf('OpenAI与另外四家公司的估值合计约4200亿美元。', '4200亿美元')).toBeUndefined();
    expect(entityOf('The five companies in the table are valued at about $420 billion combined, of which OpenAI alone is over 70%.', '$420 billion')).toBeUndefined();
    expect(entityOf('OpenAI and the other four labs together are valued at about $420 billion.', '$420 billion')).toBeUndefined();
    expect(draftFindings('表中五家公司的估值加起来约4200亿美元，其中OpenAI一家就占了七成以上。', DATE)).toEqual([]);
  });

  it('near misses: one company\'s figure among a sized group, a count of months, stay the company\'s', () => {
    expect(entityOf('五家公司中，OpenAI一家的估值就达3000亿美元。', '3000亿美元')).toBe('openai');
    expect(entityOf('OpenAI过去三个月的收入合计约10亿美元。', '10亿美元')).toBe('openai');
    expect(entityOf('Of the five companies, OpenAI alone is valued at $300 billion.', '$300 billion')).toBe('openai');
  });
});

describe('a total over products named after their maker is the maker\'s', () => {
  it('zh and en: 英伟达…A100与H100合计, "Nvidia … A100s and H100s combined" keep Nvidia as the subject', () => {
    expect(entityOf('据TrendForce估算，英伟达三季度A100与H100合计出货接近50万块。', '50万块')).toBe('nvidia');
    expect(entityOf('Nvidia shipped about 500,000 A100s and H100s combined in the third quarter.', '500,000 A100s')).toBe('nvidia');
  });

  it('near miss: products with no maker named before them bind no entity', () => {
    expect(entityOf('A100与H100合计出货接近50万块。', '50万块')).toBeUndefined();
  });
});

describe('a total over two names is no one name\'s figure when placed by its value (checks/facts/valueAnchor.ts)', () => {
  it('a single name\'s figure is still placed by its value', () => {
    expect(draftFindings('## Spending\n\n- Alphabet alone: $92.4 billion in 2023.\n', DATE).length).toBeGreaterThan(0);
  });

  it('"A and B together: $X" is a sum, not placed on either', () => {
    expect(draftFindings('## Spending\n\n- Alphabet and Oracle together: $92.4 billion in 2023.\n', DATE)).toEqual([]);
    expect(draftFindings('## Spending\n\n- Alphabet and Oracle: $92.4 billion combined in 2023.\n', DATE)).toEqual([]);
  });
});
