/**
 * The draft's or section's sole subject: a sentence that names no one ("The company's revenue…",
 * "公司总营收…", a bare "数据中心收入…") under a heading that names exactly one company takes it, as
 * context. A common noun beside the name ("GPUs", "HBM", AI芯片: `generic` entities) is the heading's
 * topic, not a second subject. With the bundled data and the real recogniser.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

function entityOf(text: string, figure: string, date = '2025-02-10'): string | undefined {
  const e = analyzedClaim(text, figure, date)?.entity;
  return e ? `${e.value} ${e.how}` : undefined;
}

describe('a heading naming one company and a kind of thing is about the company', () => {
  it('"the company" under a title with GPUs in it', () => {
    const text = '# AMD: GPUs ramp, share still small\n\n## The quarter\n\nThe company’s revenue was $7.66 billion.\n';
    expect(entityOf(text, '$7.66 billion')).toBe('amd context');
  });

  it('a bare metric under a title naming the company’s GPU business', () => {
    const text = '# Nvidia’s GPU business, fiscal 2025\n\n## Margins\n\nData-center revenue was $115.2 billion.\n';
    expect(entityOf(text, '$115.2 billion', '2025-03-01')).toBe('nvidia context');
  });

  it('HBM beside a memory maker', () => {
    const text = '# SK hynix and the HBM boom\n\nOperating profit was $5.2 billion in the quarter.\n';
    expect(entityOf(text, '$5.2 billion')).toBe('sk-hynix context');
  });

  it('in Chinese: 公司 under a title with GPU in it', () => {
    const text = '# AMD 2024年数据中心业务点评：GPU放量，份额仍小\n\n## 二、季度走势\n\n上季度，公司总营收76.58亿美元，同比增长34%。\n';
    expect(entityOf(text, '76.58亿美元')).toBe('amd context');
    expect(entityOf(text, '34%')).toBe('amd context');
  });

  it('in Chinese: a bare metric under 英伟达 and AI芯片', () => {
    const text = '# 英伟达：AI芯片供不应求\n\n## 数据中心\n\n数据中心收入为1152亿美元。\n';
    expect(entityOf(text, '1152亿美元', '2025-03-01')).toBe('nvidia context');
  });

  it('in Chinese: 高带宽内存 beside SK海力士', () => {
    const text = '# SK海力士的高带宽内存生意\n\n该季度营业利润为52亿美元。\n';
    expect(entityOf(text, '52亿美元')).toBe('sk-hynix context');
  });
});

describe('near misses: no sole subject', () => {
  it('a heading naming two companies, with or without a common noun', () => {
    expect(entityOf('# Nvidia vs AMD: the GPU race\n\nThe company’s revenue was $7.66 billion.\n', '$7.66 billion')).toBeUndefined();
    expect(entityOf('# 英伟达与AMD的GPU之争\n\n公司总营收为76.58亿美元。\n', '76.58亿美元')).toBeUndefined();
  });

  it('a heading naming only the kind of thing keeps it (no company is invented)', () => {
    expect(entityOf('# GPU prices\n\nThe market was worth $45 billion.\n', '$45 billion')).not.toBe('nvidia context');
  });

  it('"the company" after another company named in the paragraph is that company', () => {
    const text = '# AMD: GPUs ramp\n\nTSMC makes the chips. The company’s revenue was $26.9 billion.\n';
    expect(entityOf(text, '$26.9 billion')).not.toBe('amd context');
    const zh = '# AMD：GPU放量\n\n台积电负责代工。该公司季度营收为269亿美元。\n';
    expect(entityOf(zh, '269亿美元')).not.toBe('amd context');
  });

  it('a group of companies beside a company is still two subjects', () => {
    expect(entityOf('# Nvidia and the hyperscalers\n\nCapex was $200 billion.\n', '$200 billion')).toBeUndefined();
  });
});
