/**
 * Binding with the bundled data (data/*.yaml) and the real recogniser: the aliases and trigger words
 * the product ships with must bind the typical sentences of AI-finance drafts.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../server/src/core/model';
import { bindClaims } from '../../../server/src/core/bind/index';
import { loadFactBase } from '../../../server/src/core/facts/index';
import { recognize } from '../../../server/src/core/recognize/index';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { bundledDataDir, readBundledFactFiles } from '../../../server/src/node/factFiles';

const kb = loadFactBase(readBundledFactFiles(bundledDataDir()));

function claims(text: string, documentDate = '2024-03-27'): Claim[] {
  const sentences = splitSentences(text, 0);
  const quantities = sentences.flatMap((s) =>
    recognize(text.slice(s.start, s.end), { lang: s.lang }).map((q) => ({ ...q, start: q.start + s.start, end: q.end + s.start })),
  );
  return bindClaims({ text, quantities, sentences, paragraphs: [{ start: 0, end: text.length }] }, kb, { documentDate });
}

function find(list: Claim[], text: string): Claim {
  const c = list.find((x) => x.quantity.text.startsWith(text));
  if (!c) throw new Error(`no claim "${text}" in ${list.map((x) => x.quantity.text).join(' | ')}`);
  return c;
}

describe('binding with the bundled data', () => {
  it('loads without problems', () => {
    expect(kb.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('binds a Chinese GPU purchase to the buyer, the product, the quarter and the source', () => {
    const c = find(claims('据Omdia估计，微软和Meta在2023年第三季度各自购买了15万块H100。'), '15万');
    expect(c.entity?.value).toBe('microsoft');
    expect(c.product?.value).toBe('h100');
    expect(c.metric?.value).toBe('gpus.acquired');
    expect(c.period?.value).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(c.attribution?.value).toBe('Omdia');
  });

  it('binds an English run-rate with its month and publisher', () => {
    const c = find(claims("The Information reported that OpenAI's annualized revenue hit $1.6 billion in December 2023."), '$1.6');
    expect(c.entity?.value).toBe('openai');
    expect(c.metric?.value).toBe('revenue.annualized');
    expect(c.period?.value.label).toBe('Dec 2023');
    expect(c.attribution?.value).toBe('The Information');
  });

  it("resolves Nvidia's fiscal year from the entity data", () => {
    const c = find(claims("Nvidia's revenue for fiscal 2024 was $60.9 billion."), '$60.9');
    expect(c.entity?.value).toBe('nvidia');
    expect(c.metric?.value).toBe('revenue');
    expect(c.period?.value).toMatchObject({ label: 'FY2024', end: '2024-01-31' });
  });

  it('splits a valuation and a raise written in one Chinese phrase', () => {
    const list = claims('Cohere正以60亿美元估值寻求融资5亿美元。');
    expect(find(list, '60亿').metric?.value).toBe('valuation');
    expect(find(list, '5亿').metric?.value).toBe('funding.raised');
    expect(find(list, '5亿').entity?.value).toBe('cohere');
  });

  it('leaves a pronoun with nothing before it unbound', () => {
    const c = find(claims('这家公司不久前市值刚刚突破2万亿美元。'), '2万亿');
    expect(c.entity).toBeUndefined();
  });
});
