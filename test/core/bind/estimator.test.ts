/**
 * A market-wide figure has no company for subject: it is the estimate of the body the sentence credits
 * ("国际能源署估计", "according to Omdia"), or of the single organisation the heading names. A company
 * named in the sentence or a heading naming a company still wins.
 */
import { describe, expect, it } from 'vitest';
import { ENTITIES, bind, claimOf, knowledge, qAt } from './helpers';
import type { Entity } from '../../../server/src/core/model';

const IEA: Entity = { id: 'iea', kind: 'organisation', names: { en: ['IEA', 'International Energy Agency'], zh: ['国际能源署'] } };
const AI_INDEX: Entity = { id: 'stanford-ai-index', kind: 'organisation', names: { en: ['AI Index'], zh: ['斯坦福AI指数', 'AI指数报告'] } };
const KB = knowledge([...ENTITIES, IEA, AI_INDEX]);

const entityOf = (text: string, needle: string) => {
  const figure = qAt(text, needle, 'money');
  return claimOf(bind(text, [figure], undefined, KB), figure).entity;
};

describe('the organisation credited with a subjectless figure is its entity', () => {
  it('Chinese: 国际能源署估计 …', () => {
    expect(entityOf('国际能源署估计,2024年全球数据中心投资约5000亿美元。', '5000亿美元')).toMatchObject({ value: 'iea', how: 'sentence' });
  });

  it('English: the IEA estimates …, the IEA\'s forecast …', () => {
    expect(entityOf('The IEA estimates data-centre investment reached $500 billion in 2024.', '$500 billion')).toMatchObject({ value: 'iea', how: 'sentence' });
    expect(entityOf("The IEA's forecast for 2030 is $900 billion of investment.", '$900 billion')).toMatchObject({ value: 'iea', how: 'sentence' });
  });

  it('what the organisation holds (认为) is its estimate too', () => {
    expect(entityOf('国际能源署认为,2030年全球数据中心投资将达到9000亿美元。', '9000亿美元')).toMatchObject({ value: 'iea', how: 'sentence' });
  });

  it('near miss: a publisher that only reports or counts passes on a figure about someone else', () => {
    expect(entityOf('According to IEA, investment reached $500 billion in 2024.', '$500 billion')).toBeUndefined();
    expect(entityOf("Bloomberg's count of $246 billion includes finance leases.", '$246 billion')).toBeUndefined();
    expect(entityOf('据彭博社统计,四家公司资本开支合计约2230亿美元。', '2230亿美元')).toBeUndefined();
  });

  it('near miss: a company named in the sentence is the subject, not the source', () => {
    expect(entityOf('According to the IEA, Microsoft spent $80 billion on data centres.', '$80 billion')?.value).toBe('microsoft');
    expect(entityOf('据彭博社报道,英伟达营收为300亿美元。', '300亿美元')?.value).toBe('nvidia');
  });
});

describe('a heading naming one organisation and nothing else binds its section, as context', () => {
  it('Chinese: the title names the report', () => {
    const text = '# 斯坦福AI指数报告里的中美差距\n\n## 投资\n\n生成式AI方面,2023年全球私人投资达到339亿美元。';
    expect(entityOf(text, '339亿美元')).toMatchObject({ value: 'stanford-ai-index', how: 'context' });
  });

  it('English', () => {
    expect(entityOf('# What the AI Index found\n\nPrivate investment reached $109.1 billion.', '$109.1 billion')).toMatchObject({ value: 'stanford-ai-index', how: 'context' });
  });

  it('near misses: a heading naming a company too, or a company section under the report title', () => {
    expect(entityOf('# The AI Index on Nvidia\n\nRevenue reached $60.9 billion.', '$60.9 billion')?.value).toBe('nvidia');
    expect(entityOf('# AI Index 2025\n\n## Nvidia\n\nRevenue reached $60.9 billion.', '$60.9 billion')?.value).toBe('nvidia');
  });

  it('near miss: a paragraph naming someone else is about them, not the report', () => {
    const text = '# What the AI Index found\n\nMicrosoft spent heavily. The year was busy. Capex reached $80 billion.';
    expect(entityOf(text, '$80 billion')).toBeUndefined();
  });

  it('a credit in the sentence wins over the heading', () => {
    const text = '# 斯坦福AI指数报告里的中美差距\n\n国际能源署估计,2024年全球数据中心投资约5000亿美元。';
    expect(entityOf(text, '5000亿美元')?.value).toBe('iea');
  });
});
