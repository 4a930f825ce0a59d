/**
 * A margin stated without its operands: the margin word names the profit metric and the whole it is a
 * share of (`marginNames`, `shareOf` in data/metrics.yaml); the percentage's company and period select
 * the recorded profit and revenue. Positive cases, consistent ones, and look-alikes that must stay silent.
 */
import { describe, it } from 'vitest';
import { runFactOperandCase, type FactOperandCase as Case } from './factOperandCase';

describe('a margin of recorded profit and revenue', () => {
  it.each<[string, Case]>([
    ['zh net margin, wrong', { text: '寒武纪2025年上半年的净利率约为46%,在芯片设计公司中少见。', date: '2025-09-05', flagged: ['46%'] }],
    ['zh net margin, right', { text: '寒武纪2025年上半年的净利率约为36%,在芯片设计公司中少见。', date: '2025-09-05', consistent: ['36%'] }],
    ['en net margin, wrong', { text: "# Nvidia FY25\n\nIn fiscal 2025 Nvidia's net margin was 65%.", date: '2025-03-01', flagged: ['65%'] }],
    ['en net margin, right', { text: "# Nvidia FY25\n\nIn fiscal 2025 Nvidia's net margin was 56%.", date: '2025-03-01', consistent: ['56%'] }],
    // Look-alikes: a period the fact base has no profit for, a margin it cannot compute, no period.
    ['zh a period without recorded profit', { text: '寒武纪2024年上半年的净利率约为46%。', date: '2025-09-05' }],
    ['zh gross margin is not net income over revenue', { text: '寒武纪2025年上半年的毛利率约为46%。', date: '2025-09-05' }],
    ['zh no period', { text: '寒武纪的净利率约为46%。', date: '2025-09-05' }],
    ['en a growth rate after the margin word is not a margin', { text: "# Nvidia FY25\n\nIn fiscal 2025 Nvidia's net margin rose 5%.", date: '2025-03-01' }],
  ])('%s', (_n, c) => runFactOperandCase('arith.percent-of', c));
});

// Nvidia net income: $72.88B in FY2025, $29.76B in FY2024 (bundled facts).
describe('a margin beside the profits of two periods', () => {
  it.each<[string, Case]>([
    ['zh the margin\'s clause names no period: abstain', { text: '英伟达2025财年净利润728.8亿美元，上一财年为297.6亿美元；净利率约56%，远超同行。', date: '2025-04-01' }],
    ['zh near miss: the margin\'s own clause names its year', { text: '英伟达2025财年净利润728.8亿美元，上一财年为297.6亿美元；2025财年净利率约65%。', date: '2025-04-01', flagged: ['65%'] }],
  ])('%s', (_n, c) => runFactOperandCase('arith.percent-of', c));
});
