/**
 * A share of a whole the draft does not restate: the part is written and confirmed by the fact base,
 * the whole is the metric it is a share of (`shareOf` in data/metrics.yaml) for the same company and
 * period. Positive cases, consistent ones, and look-alikes that must stay silent.
 */
import { describe, it } from 'vitest';
import { runFactOperandCase, type FactOperandCase as Case } from './factOperandCase';

const FY24 = '# Nvidia fiscal 2024\n\n';

describe('share of a recorded whole', () => {
  it.each<[string, Case]>([
    ['en segment share of the total, wrong', { text: `${FY24}- **Data center:** $47.5 billion, up 217% from $15.0 billion, or about 90% of the total.`, date: '2024-03-05', flagged: ['90%'] }],
    ['en segment share of the total, right', { text: `${FY24}- **Data center:** $47.5 billion, up 217% from $15.0 billion, or about 78% of the total.`, date: '2024-03-05', consistent: ['78%'] }],
    ['en segment share of revenue, right', { text: '# Nvidia FY25\n\n- Data center: $115.2 billion, or 88% of revenue', date: '2025-03-01', consistent: ['88%'] }],
    ['en net margin on profit, wrong', { text: '# Nvidia FY25\n\n- Net margin on $72.9 billion of GAAP profit: 65%', date: '2025-03-01', flagged: ['65%'] }],
    ['en net margin on profit, right', { text: '# Nvidia FY25\n\n- Net margin on $72.9 billion of GAAP profit: 56%', date: '2025-03-01', consistent: ['56%'] }],
    ['zh segment share of revenue, wrong', { text: '英伟达2025财年数据中心收入1152亿美元，占全年营收的95%。', date: '2025-03-01', flagged: ['95%'] }],
    ['zh segment share of revenue, right', { text: '英伟达2025财年数据中心收入1152亿美元，占全年营收的88%。', date: '2025-03-01', consistent: ['88%'] }],
    // Look-alikes: a part the fact base does not confirm, a share of something else, growth, no part.
    ['en a part the fact base does not hold: nothing to place', { text: `${FY24}- **Data center:** $41.5 billion, or about 90% of the total.`, date: '2024-03-05' }],
    ['en a growth rate is not a share', { text: `${FY24}- **Data center:** $47.5 billion, up 217% from $15.0 billion.`, date: '2024-03-05' }],
    ['en share of something else', { text: `${FY24}- **Data center:** $47.5 billion, or about 90% of the segment's target.`, date: '2024-03-05' }],
    ['en share of a larger whole than the company\'s', { text: `${FY24}- **Data center:** $47.5 billion, or about 90% of the total market for accelerators.`, date: '2024-03-05' }],
    ['zh no written part', { text: '英伟达2025财年数据中心业务已经占到全年营收的九成。', date: '2025-03-01' }],
  ])('%s', (_n, c) => runFactOperandCase('arith.percent-of', c));
});
