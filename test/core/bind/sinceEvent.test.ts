/**
 * "since" opening an event phrase dated inside it ("committed since the first $1 billion cheque in 2019",
 * 自微软2019年首笔投资以来): the total runs from the event's date to the draft's, as "since 2019" would,
 * while a figure inside the event phrase is the event's own, of its date (bind/periods.ts,
 * bind/periodBinding.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2024-11-06';
const periodOf = (text: string, figure: string) => {
  const p = analyzedClaim(text, figure, DATE)?.period?.value;
  return p ? `${p.start}..${p.end}` : undefined;
};

describe('a total since an event dated inside the event phrase', () => {
  it('English: the total runs from the event’s year to the draft’s date; the event’s own figure is its year’s', () => {
    const en = 'Microsoft has committed about $13 billion to OpenAI since the first $1 billion cheque in 2019.';
    expect(periodOf(en, '$13 billion')).toBe(`2019-01-01..${DATE}`);
    expect(periodOf(en, '$1 billion')).toBe('2019-01-01..2019-12-31');
    expect(draftFindings(en, DATE)).toEqual([]);
    expect(periodOf('Microsoft has put about $13 billion into OpenAI since its first investment in 2019.', '$13 billion')).toBe(`2019-01-01..${DATE}`);
  });

  it('Chinese: 自…以来 with the date inside the frame, 自 right before it or not', () => {
    const zh = '自微软2019年首笔投资以来，其对OpenAI的承诺累计约130亿美元。';
    expect(periodOf(zh, '130亿美元')).toBe(`2019-01-01..${DATE}`);
    expect(draftFindings(zh, DATE)).toEqual([]);
    const inside = '自2019年首笔10亿美元投资以来，微软对OpenAI的承诺累计约130亿美元。';
    expect(periodOf(inside, '10亿美元')).toBe('2019-01-01..2019-12-31');
    expect(periodOf(inside, '130亿美元')).toBe(`2019-01-01..${DATE}`);
  });

  it('near misses: a causal "Since" opening the sentence, and a date with no 以来 to close the frame', () => {
    expect(periodOf('Since the company said in 2023 that revenue would double, its revenue was $5 billion.', '$5 billion')).not.toBe(`2023-01-01..${DATE}`);
    expect(periodOf('自研芯片的公司2023年营收为50亿美元。', '50亿美元')).toBe('2023-01-01..2023-12-31');
  });
});
