/**
 * A difference whose own clause names a time of its own ("今年3月底到10月又增加了3亿", "between March and
 * October it added 300 million") or says it comes on top (又, 再, "another", "… more") is a new step of
 * the series, not the difference of the change written before it (ownIncrement.ts). A date that is the
 * comparison's baseline (较2024年12月) is no time of its own, and a plain difference is still checked.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

const growthFlags = (text: string) =>
  check(text, { date: '2025-11-20' })
    .findings.filter((f) => f.check === 'arith.growth' && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);

describe('a difference with a time of its own is a new step', () => {
  for (const text of [
    'ChatGPT的周活跃用户其中从3亿到5亿只用了不到四个月，今年3月底到10月又增加了3亿。',
    '周活跃用户从3亿增至5亿，3月到10月增加了3亿。',
    '周活跃用户从3亿增至5亿，此后再增加了3亿。',
    'It took four months to go from 300 million to 500 million users; between March and October it added another 300 million.',
    'Users went from 300 million to 500 million, and from March to October they increased by 300 million.',
    'Users went from 300 million to 500 million, and later added 300 million more.',
  ]) {
    it(`${text} is not flagged`, () => expect(growthFlags(text)).toEqual([]));
  }
  it('near miss: a difference of the change itself is still checked', () => {
    expect(growthFlags('周活跃用户从3亿增至5亿，增加了3亿。')).toEqual(['3亿']);
    expect(growthFlags('Weekly users went from 300 million to 500 million, an increase of 300 million.')).toEqual(['300 million']);
  });
  it("near miss: a comparison's baseline date is not a time of the difference's own", () => {
    expect(growthFlags('周活跃用户从3亿增至5亿，较2024年12月增加了3亿。')).toEqual(['3亿']);
  });
});
