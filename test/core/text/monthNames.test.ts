import { describe, expect, it } from 'vitest';
import { MONTH_FULL_NAME_EN, MONTH_NAME_EN, MONTH_NUMBERS_EN, MONTH_STEM_EN, MONTHS_EN } from '../../../server/src/core/text/monthNames';

describe('month names', () => {
  it('numbers every name and abbreviation, "Sept" as well as "Sep"', () => {
    expect(MONTH_NUMBERS_EN.january).toBe(1);
    expect(MONTH_NUMBERS_EN.may).toBe(5);
    expect(MONTH_NUMBERS_EN.sep).toBe(9);
    expect(MONTH_NUMBERS_EN.sept).toBe(9);
    expect(MONTH_NUMBERS_EN.dec).toBe(12);
    expect(Object.keys(MONTH_NUMBERS_EN)).toHaveLength(12 + 11 + 1);
  });

  it('reads the longest name first when nothing bounds it after', () => {
    expect(new RegExp(`^(?:${MONTH_NAME_EN})`).exec('September 2024')?.[0]).toBe('September');
    expect(new RegExp(`^(?:${MONTH_NAME_EN})`).exec('Sept. 2024')?.[0]).toBe('Sept');
    expect(new RegExp(`^(?:${MONTH_NAME_EN})`).exec('Sep 2024')?.[0]).toBe('Sep');
  });

  it('keeps full names apart from abbreviations', () => {
    const full = new RegExp(`^(?:${MONTH_FULL_NAME_EN})$`);
    expect(MONTHS_EN.every((name) => full.test(name))).toBe(true);
    expect(full.test('Mar')).toBe(false);
    expect(new RegExp(`^(?:${MONTH_STEM_EN})`).test('Sept.')).toBe(true);
  });
});
