/**
 * A figure stated as a multiple of its own level at another time, the earlier level not written: the
 * written figure must match the company's facts of one metric, and the named period must hold that
 * metric's recorded figure. Positive cases, consistent ones, and look-alikes that must stay silent.
 */
import { describe, it } from 'vitest';
import { runFactOperandCase, type FactOperandCase as Case } from './factOperandCase';

const NVDA_ZH = '# 英伟达市值5万亿美元\n\n';
const NVDA_EN = '# Nvidia at $5 trillion\n\n';

describe('multiple of the recorded level at a named period', () => {
  it.each<[string, Case]>([
    ['zh wrong', { text: `${NVDA_ZH}5万亿美元是2023年5月的4倍。`, date: '2025-11-01', flagged: ['4倍'] }],
    ['zh right', { text: `${NVDA_ZH}5万亿美元是2023年5月的5倍。`, date: '2025-11-01', consistent: ['5倍'] }],
    ['en wrong', { text: `${NVDA_EN}$5 trillion is four times its May 2023 level.`, date: '2025-11-01', flagged: ['four times'] }],
    ['en right', { text: `${NVDA_EN}$5 trillion is five times its May 2023 level.`, date: '2025-11-01', consistent: ['five times'] }],
    // Tencent's 2024 capex is filed for the year and for its fourth quarter: the year's figure is the level.
    ['zh another company\'s level, wrong', { text: '据《金融时报》报道，字节跳动2025年的资本开支计划超过1500亿元，是腾讯2024年的1.5倍。', date: '2025-03-01', flagged: ['1.5倍'] }],
    ['zh another company\'s level, right', { text: '据《金融时报》报道，字节跳动2025年的资本开支计划超过1500亿元，是腾讯2024年的2倍。', date: '2025-03-01', consistent: ['2倍'] }],
    ['en another company\'s level, wrong', { text: "ByteDance's 2025 capex plan of more than 150 billion yuan is 1.5 times Tencent's 2024 total.", date: '2025-03-01', flagged: ['1.5 times'] }],
    // Look-alikes: no recorded figure at that period, a figure the fact base does not recognise, no period.
    ['zh no recorded level at that period', { text: `${NVDA_ZH}5万亿美元是2019年5月的40倍。`, date: '2025-11-01' }],
    ['zh a figure the fact base does not recognise', { text: `${NVDA_ZH}7万亿美元是2023年5月的4倍。`, date: '2025-11-01' }],
    ['zh another company named as the base is not its own level', { text: `${NVDA_ZH}5万亿美元是苹果的4倍。`, date: '2025-11-01' }],
    ['zh another company without a recorded figure of that metric', { text: '字节跳动2025年的资本开支计划超过1500亿元，是阿里2019年的1.5倍。', date: '2025-03-01' }],
    // A level that names its measure pairs a figure of that measure, not the figure nearest the multiple.
    ['zh named measure, the valuation before the raise, right', { text: '# Cohere\n\nCohere今年8月以68亿美元估值融资5亿美元，是2023年那一轮估值的3倍多。', date: '2025-11-20', consistent: ['3倍'] }],
    ['zh named measure, the valuation before the raise, wrong', { text: '# Cohere\n\nCohere今年8月以68亿美元估值融资5亿美元，是2023年那一轮估值的5倍。', date: '2025-11-20', flagged: ['5倍'] }],
    ['en named measure, wrong', { text: "# Cohere\n\nCohere's August valuation of $6.8 billion is five times its 2023 valuation level.", date: '2025-11-20', flagged: ['five times'] }],
    ['en named measure, right', { text: "# Cohere\n\nCohere's August valuation of $6.8 billion is three times its 2023 valuation level.", date: '2025-11-20', consistent: ['three times'] }],
    ['en named measure, the figure beside it is another measure', { text: "# Cohere\n\nCohere's August raise of $500 million is three times its 2023 valuation level.", date: '2025-11-20' }],
    ['zh named measure with no figure of it in the sentence', { text: '# Cohere\n\nCohere今年8月融资5亿美元，是2023年那一轮估值的3倍。', date: '2025-11-20' }],
    ['en a multiple of something else', { text: `${NVDA_EN}$5 trillion is four times its May 2023 revenue forecast.`, date: '2025-11-01' }],
  ])('%s', (_n, c) => runFactOperandCase('arith.ratio', c));
});
