/**
 * A clause that only names another known subject and its figure continues the measure of the clause
 * before (bind/parallelClause.ts): "Alphabet's capex was $52.5 billion, Meta's $39.2 billion",
 * "微软资本开支为557亿美元，谷歌为525亿美元". A subject the base does not know may be a measure without a
 * trigger, so it binds nothing; nor does a clause whose subject is followed by a word of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

describe('a row of subjects sharing one measure', () => {
  it('English', () => {
    expect(metricOf("In 2024 Alphabet's capex was $52.5 billion, Meta's $39.2 billion and Microsoft's $55.7 billion.", '$39.2 billion')).toBe('capex');
    expect(metricOf("In 2024 Alphabet's capex was $52.5 billion, Meta's $39.2 billion and Microsoft's $55.7 billion.", '$55.7 billion')).toBe('capex');
    expect(metricOf("Alphabet's 2024 capex was $52.5 billion; Meta's was $39.2 billion.", '$39.2 billion')).toBe('capex');
  });

  it('Chinese', () => {
    expect(metricOf('2024年微软资本开支为557亿美元，谷歌为525亿美元，Meta为392亿美元。', '525亿美元')).toBe('capex');
    expect(metricOf('英伟达2024财年营收为609亿美元，AMD为227亿美元。', '227亿美元')).toBe('revenue');
  });

  it('not a subject the base does not know (it may be a measure)', () => {
    expect(metricOf('英伟达营收为300亿美元，毛利为200亿美元。', '200亿美元')).not.toBe('revenue');
    expect(metricOf("Nvidia's revenue was $130 billion, gross profit $98 billion.", '$98 billion')).not.toBe('revenue');
  });

  it('not when the subject is followed by a measure word of its own', () => {
    expect(metricOf("Nvidia's revenue was $130 billion, AMD's market value $200 billion.", '$200 billion')).toBe('market-cap');
    expect(metricOf('英伟达营收为1305亿美元，AMD研发投入为65亿美元。', '65亿美元')).not.toBe('revenue');
  });
});
