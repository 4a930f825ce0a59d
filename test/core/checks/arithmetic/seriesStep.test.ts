/**
 * A difference whose words name the step of a series it measures (seriesStep.ts): a stated span ("两年提高了")
 * is taken between the values that far apart, "the last month alone" / "仅最后一个月" is the series' last
 * step. A named step the text does not let us find gives no finding.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.growth');

const SERIES = '该产品的日调用量：2023年12月约4000万次，2024年6月3亿次，11月12亿次，到2024年12月为14亿次。';

describe('a stated span picks the values that far apart', () => {
  it('the ends two years apart, not the first pair', () => {
    expect(flags('某类芯片占产值的比例从2021年的3.1%升至2022年的9.5%，并预计2023年达到21.4%，两年提高了18.3个百分点。')).toEqual([]);
  });
  it('near miss: a wrong difference over the span is still flagged', () => {
    expect(flags('某类芯片占产值的比例从2021年的3.1%升至2022年的9.5%，并预计2023年达到21.4%，两年提高了15个百分点。')).toEqual(['15个百分点']);
  });
  it('near miss: a one-step change is still checked', () => {
    expect(flags('某类芯片占产值的比例从2021年的3.1%升至2022年的9.5%，提高了6.4个百分点。')).toEqual([]);
    expect(flags('某类芯片占产值的比例从2021年的3.1%升至2022年的9.5%，提高了8个百分点。')).toEqual(['8个百分点']);
  });
  it('near miss: with only two values the span words choose nothing, and the difference is still checked', () => {
    expect(flags('2023年采用率为61%，2022年为40%，两年提高了31个百分点。')).toEqual(['31个百分点']);
  });
});

describe('"the last month alone" is the last step of the series', () => {
  it('the step before the last value, from the series written just before', () => {
    expect(flags(SERIES + '从4000万到14亿，一年里涨了34倍；仅最后一个月就多了2亿次。')).toEqual([]);
  });
  it('near miss: a wrong last step is still flagged', () => {
    expect(flags(SERIES + '从4000万到14亿，一年里涨了34倍；仅最后一个月就多了5亿次。')).toEqual(['5亿次']);
  });
  it('a last step the text does not write gives no finding', () => {
    expect(flags('该产品的日调用量从4000万次增至14亿次，仅最后一个月就多了2亿次。')).toEqual([]);
  });
});
