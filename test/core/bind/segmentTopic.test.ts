/**
 * A segment named in a clause of its own, as the subject of the clause that holds the figure, owns that
 * clause's general measure word (bind/segmentTopic.ts): "而撑起这一切的数据中心业务，早在2024财年就做到了
 * 1152亿美元的收入" is data-center revenue, as "数据中心业务收入" would be. Bundled facts: Nvidia data-center
 * revenue FY2024 $47.5B, FY2025 $115.2B; revenue FY2024 $60.9B, FY2025 $130.5B.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a segment that is the subject of the figure’s clause names its measure', () => {
  const cases = [
    { how: 'zh: a 的-phrase subject, a comma, then the predicate', text: '2025财年英伟达净赚729亿美元，而撑起这一切的数据中心业务，早在2024财年就做到了1152亿美元的收入。', figure: '1152亿美元' },
    { how: 'zh: the company’s segment as topic', text: '英伟达的数据中心业务，2025财年实现了1152亿美元的收入。', figure: '1152亿美元' },
    { how: 'en: a relative clause between', text: "Nvidia's data-center business, which barely existed five years ago, brought in $115.2 billion of revenue in fiscal 2025.", figure: '$115.2 billion' },
    { how: 'en: a possessive pronoun subject', text: 'At Nvidia the story is simple. Its data-center business, which barely existed five years ago, brought in $115.2 billion of revenue in fiscal 2025.', figure: '$115.2 billion' },
  ];
  for (const { how, text, figure } of cases) it(how, () => expect(metricOf(text, figure)).toBe('revenue.datacenter'));

  it('a segment figure put in the wrong year is a wrong period, not a contradicted total (zh)', () => {
    const { claim, verdicts } = flaggedClaim('2025财年英伟达净赚729亿美元，而撑起这一切的数据中心业务，早在2024财年就做到了1152亿美元的收入。', '1152亿美元', DATE);
    expect(claim?.metric?.value).toBe('revenue.datacenter');
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('and in English', () => {
    const { verdicts } = flaggedClaim("Nvidia's data-center business, which barely existed five years ago, brought in $115.2 billion of revenue in fiscal 2024.", '$115.2 billion', DATE);
    expect(verdicts).toEqual(['wrong-period']);
  });
});

describe('near misses: the general word keeps its metric', () => {
  it('a segment in a clause with a predicate of its own (zh and en)', () => {
    expect(metricOf('英伟达数据中心业务增长很快，公司2025财年收入为1305亿美元。', '1305亿美元')).toBe('revenue');
    expect(metricOf("Nvidia's data-center business grew fast, and the company had revenue of $130.5 billion in fiscal 2025.", '$130.5 billion')).toBe('revenue');
  });

  it('a segment set apart by a preposition (zh and en)', () => {
    expect(metricOf('除数据中心业务外，英伟达其余收入在2025财年为152亿美元。', '152亿美元')).not.toBe('revenue.datacenter');
    expect(metricOf('相较于AMD的数据中心业务，2025财年做到了1305亿美元的收入。', '1305亿美元')).toBe('revenue');
    expect(metricOf("Beyond its data-center business, Nvidia had revenue of $15.3 billion in fiscal 2025.", '$15.3 billion')).not.toBe('revenue.datacenter');
  });

  it('a figure’s clause with a subject of its own', () => {
    expect(metricOf('英伟达的数据中心业务，公司2025财年的总收入为1305亿美元。', '1305亿美元')).toBe('revenue');
    expect(metricOf("Nvidia's data-center business, which barely existed five years ago, now drives a company that had revenue of $130.5 billion in fiscal 2025.", '$130.5 billion')).toBe('revenue');
  });

  it('the total, correct, stays supported', () => {
    const { verdicts } = flaggedClaim('英伟达数据中心业务增长很快，公司2025财年收入为1305亿美元。', '1305亿美元', DATE);
    expect(verdicts).toEqual([]);
  });
});
