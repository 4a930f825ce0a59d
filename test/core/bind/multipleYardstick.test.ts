/**
 * A figure written as a multiple of another is the multiple's numerator (bind/multipleYardstick.ts): in
 * "X was N times the Y of <measure>" and "X是<measure>的N倍" the yardstick's measure word does not bind X,
 * so the writer's own ratio is never read as a tenfold slip. The yardstick's own figure keeps its measure,
 * and a measure word written for X itself still binds it.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2024-06-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe("the yardstick's measure is not the numerator's", () => {
  // Bundled fact: Scale AI expected $1.4 billion of annualized revenue by the end of 2024.
  it('en: "X was N times the <measure>"', () => {
    const en = 'For Scale AI, $14 billion was 10 times the annualized revenue it was guiding to by the end of 2024.';
    expect(metricOf(en, '$14 billion')).toBeUndefined();
    expect(flagged(en, DATE)).toEqual([]);
  });
  it("en: the yardstick's own figure keeps its measure", () => {
    const en = "In May 2024 Scale AI's $14 billion amounted to about 10 times the $1.4 billion of annual recurring revenue it was expecting for the end of 2024.";
    expect(metricOf(en, '$14 billion')).not.toBe('revenue.annualized');
    expect(metricOf(en, '$1.4 billion')).toBe('revenue.annualized');
  });
  it('zh: "X是<measure>Y的N倍", "X将是<measure>的N倍"', () => {
    const zh = 'Scale AI的140亿美元是其2024年底预期年化收入14亿美元的10倍。';
    expect(metricOf(zh, '140亿美元')).toBeUndefined();
    expect(metricOf(zh, '14亿美元')).toBe('revenue.annualized');
    expect(flagged(zh, DATE)).toEqual([]);
    expect(flagged('到2024年底，Scale AI的140亿美元将是年化收入的10倍。', DATE)).toEqual([]);
  });
});

describe('near misses keep the measure', () => {
  it("the measure written for the numerator itself, before the multiple", () => {
    expect(metricOf('By the end of 2024 Scale AI expected annualized revenue of $1.4 billion, 10 times its 2022 level.', '$1.4 billion')).toBe('revenue.annualized');
  });
  it('a multiple that is not the next figure after the numerator', () => {
    expect(metricOf('Scale AI expected $1.4 billion of annualized revenue by the end of 2024, and its valuation was 10 times that.', '$1.4 billion')).toBe('revenue.annualized');
  });
});

describe('the base of a multiple is no measure a later bare clause continues', () => {
  // Bundled facts: Zhipu AI's 2024 R&D expense ¥2.19B (¥1.55B of it compute), 2024 revenue ¥312M;
  // MiniMax's revenue for the first nine months of 2025 $53.4M (no net-loss record).
  const LATE = '2026-01-10';
  const metricLate = (text: string, figure: string) => analyzedClaim(text, figure, LATE)?.metric?.value;

  it('zh: "净亏损…，是收入的N倍多；<period>约X" carries the net loss, not the revenue', () => {
    const zh = 'MiniMax 2024年净亏损约4.6亿美元，是收入的15倍多；2025年前九个月约5.1亿美元。';
    expect(metricLate(zh, '5.1亿美元')).toBe('net-loss');
    expect(flagged(zh, LATE)).toEqual([]);
    expect(metricLate('MiniMax 2024年净亏损约4.6亿美元，约为收入的15倍，2025年前九个月约5.1亿美元。', '5.1亿美元')).toBe('net-loss');
  });

  it('en: "…, 6 times its revenue; <period>: about X" keeps the spending', () => {
    const en = "Zhipu AI's R&D spending in 2023 was about RMB 800 million, 6 times its revenue; 2024: about RMB 2.19 billion.";
    expect(metricLate(en, 'RMB 2.19 billion')).toBe('rd-expense');
    expect(flagged(en, LATE)).toEqual([]);
  });

  it('wrong variant: the carried measure is still judged', () => {
    const zh = '智谱2023年研发开支约8亿元，是收入的6倍；2024年约12.9亿元。';
    expect(metricLate(zh, '12.9亿元')).toBe('rd-expense');
    expect(flagged(zh, LATE).length).toBeGreaterThan(0);
  });
});
