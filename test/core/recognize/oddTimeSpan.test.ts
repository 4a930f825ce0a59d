/**
 * "四个多月", "两个多小时" (recognize/units.ts, attach.ts, assemble.ts): 多 or 余 between 个 and a unit
 * of time makes the count a stretch of time with a floor, not a bare "四个" that a growth or difference
 * check could take as an operand.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { arithFlags } from '../checks/arithmetic/arithFlags';

describe('个多 + a unit of time', () => {
  it('reads a duration with a floor', () => {
    const [q] = recognizeUnchecked('这次迁移用了三个多月。');
    expect(q).toMatchObject({ text: '三个多月', kind: 'count', value: 3, unit: 'month', bound: 'over' });
    const [h] = recognizeUnchecked('会议开了两个余小时。');
    expect(h).toMatchObject({ kind: 'count', value: 2, unit: 'hour', bound: 'over' });
    const [s] = recognizeUnchecked('连续五个多季度亏损。');
    expect(s).toMatchObject({ kind: 'count', value: 5, unit: 'quarter', bound: 'over' });
  });

  it('is no operand of a difference written after it', () => {
    expect(arithFlags('插件安装量去年6月为3亿次，今年1月为5亿次，七个多月增加约2亿次。', 'arith.growth')).toEqual([]);
  });

  it('near misses: 个 with a noun, or a bare 个, stays as it was', () => {
    expect(recognizeUnchecked('团队新招了四个人。')[0]).toMatchObject({ kind: 'count', value: 4 });
    expect(recognizeUnchecked('他们做了三个多功能模块。')[0]?.unit).not.toBe('month');
  });
});
