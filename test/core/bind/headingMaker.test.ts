/**
 * A heading naming a company beside its own products ("# 文心一言到底给百度带来多少收入", "# Qwen downloads: how
 * Alibaba's AI books add up") is about the company (bind/coreference.ts headingEntity, makerOfAll): a
 * subjectless figure under it is the company's, bound as context. Two companies, or a product of another
 * maker, still name more than one subject.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2024-06-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity;

describe('a heading naming a company and its products binds the company', () => {
  it('zh: 文心一言 … 百度', () => {
    const owner = ownerOf('# 文心一言到底给百度带来多少收入\n\n2024年第一季度，智能云收入47亿元。\n', '47亿元');
    expect(owner?.value).toBe('baidu');
    expect(owner?.how).toBe('context');
  });

  it('en: Qwen … Alibaba', () => {
    expect(ownerOf("# Qwen's big week: how Alibaba's AI books add up\n\nCapital spending over the last four quarters was $16 billion.\n", '$16 billion')?.value).toBe('alibaba');
  });

  it('near misses: two companies, or a product of another maker, bind no heading entity', () => {
    expect(ownerOf('# 百度与阿里的AI账本\n\n2024年第一季度，智能云收入47亿元。\n', '47亿元')).toBeUndefined();
    expect(ownerOf('# ChatGPT与百度\n\n2024年第一季度，智能云收入47亿元。\n', '47亿元')).toBeUndefined();
  });

  it("near miss: a company written as its product's owner (\"AMD's MI300\", 微软Azure) names the product as the topic", () => {
    expect(ownerOf("# AMD's MI300 forecast, one rung at a time\n\nThe September quarter came to $3.5 billion.\n", '$3.5 billion')).toBeUndefined();
    expect(ownerOf('# 微软Azure的AI贡献怎么读\n\n当季收入约4亿美元。\n', '4亿美元')).toBeUndefined();
  });
});
