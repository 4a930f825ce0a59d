/**
 * Readings that a draft's owner, once bound (a front-matter title, a heading), would turn into false
 * alarms if misread; each is a shape of its own, tested without the title:
 * - "<month> quarter of fiscal <year>" is that fiscal year's quarter the month falls in, not the year
 *   (bind/periodPatternsEn.ts, periodSpec.ts);
 * - "for the year", "for the full year" is the whole year of the period named before it, not that period;
 * - a word between parenthetical dashes is the aside's, not the measure a later series clause continues
 *   (bind/bracketAside.ts `inDashAside`);
 * - "that segment had made", and "it made" continuing such a sentence, is the segment just named
 *   (bind/segmentAnaphor.ts).
 * Bundled facts: Nvidia Q3/Q4 FY2025 revenue $35.1B/$39.3B, FY2025 $130.5B; AMD Q4 2024 Data Center
 * $3.86B, 2024 Data Center $12.6B, 2024 revenue $25.8B; Nvidia FY2024 Data Center $47.5B.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-03-12';
const claim = (text: string, figure: string) => analyzedClaim(text, figure, DATE);
const periodLabel = (text: string, figure: string) => claim(text, figure)?.period?.value.label;

describe('"the <month> quarter of fiscal <year>" is that quarter', () => {
  it('the quarter of the fiscal year the month falls in, for a company whose quarters end late in a month', () => {
    expect(periodLabel("Nvidia's total revenue in the December quarter of fiscal 2025 was $39.3 billion.", '$39.3 billion')).toBe('Q4 FY2025');
    expect(periodLabel("Nvidia's revenue in the October quarter of fiscal 2025 was $35.1 billion.", '$35.1 billion')).toBe('Q3 FY2025');
    expect(periodLabel("Nvidia's revenue in the July quarter of FY2025 was $30.0 billion.", '$30.0 billion')).toBe('Q2 FY2025');
    expect(draftFindings("Nvidia's total revenue in the December quarter of fiscal 2025 was $39.3 billion.", DATE)).toEqual([]);
  });

  it('a wrong figure for that quarter is still flagged; near miss: a bare fiscal year stays the year', () => {
    expect(draftFindings("Nvidia's revenue in the December quarter of fiscal 2025 was $35.1 billion.", DATE)).toEqual(['$35.1 billion fact.wrong-period warning']);
    expect(periodLabel("Nvidia's revenue in fiscal 2025 was $130.5 billion.", '$130.5 billion')).toBe('FY2025');
  });
});

describe('"for the year" after a quarter is the whole year', () => {
  it('the calendar year of a calendar quarter, the fiscal year of a fiscal one', () => {
    const amd = "AMD's Data Center segment did $3.86 billion in Q4 2024 and $12.6 billion for the year.";
    expect(claim(amd, '$12.6 billion')?.period?.value).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(draftFindings(amd, DATE)).toEqual([]);
    expect(claim("AMD's Data Center segment did $3.86 billion in Q4 2024 and $12.6 billion for the full year.", '$12.6 billion')?.period?.value.start).toBe('2024-01-01');
    expect(periodLabel("Nvidia's revenue was $39.3 billion in the fourth quarter of fiscal 2025 and $130.5 billion for the year.", '$130.5 billion')).toBe('FY2025');
  });

  it('near misses: with no period before it, or "the year ended …", it reads as before', () => {
    expect(claim("AMD's revenue was $25.8 billion for the year.", '$25.8 billion')?.period).toBeUndefined();
    expect(periodLabel("AMD's revenue in the year ended December 2024 was $25.8 billion.", '$25.8 billion')).toBe('year ended Dec 2024');
  });
});

describe('a word between parenthetical dashes is the aside’s', () => {
  it('the series clause after the aside continues the measure named before it', () => {
    const text = "AMD's Data Center segment did $3.86 billion in Q4 2024 — about half of group sales — and $12.6 billion in 2024.";
    expect(claim(text, '$12.6 billion')?.metric?.value).toBe('revenue.datacenter');
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('near miss: a measure named outside the dashes, after them, is the series’ own', () => {
    const text = "AMD's Data Center segment did $3.86 billion in Q4 2024, group sales $7.658 billion — a record — and $25.8 billion in 2024.";
    expect(claim(text, '$25.8 billion')?.metric?.value).toBe('revenue');
  });
});

describe('a segment pointed back at after a fronted phrase, and "it" continuing it', () => {
  it('"Two years earlier that segment had made", "… so it grew; in fiscal 2024 it made"', () => {
    const text = 'Data Center alone brought in $115.2 billion at Nvidia in fiscal 2025. Two fiscal years earlier that segment had made $15.01 billion, so it grew almost eight times; in fiscal 2024 it made $47.5 billion.';
    expect(claim(text, '$15.01 billion')?.metric?.value).toBe('revenue.datacenter');
    expect(claim(text, '$47.5 billion')?.metric?.value).toBe('revenue.datacenter');
    expect(claim('Nvidia data center revenue led again. A year earlier the division made $47.5 billion in fiscal 2024.', '$47.5 billion')?.metric?.value).toBe('revenue.datacenter');
  });

  it('near misses: "it" with no unit noun in its sentence, and the company as subject, keep company revenue', () => {
    expect(claim("Nvidia's data center revenue led again. In fiscal 2024 it made $60.9 billion.", '$60.9 billion')?.metric?.value).toBe('revenue');
    expect(claim("Nvidia's data center revenue led again. In fiscal 2024 the company made $60.9 billion, and it made $130.5 billion in fiscal 2025.", '$130.5 billion')?.metric?.value).toBe('revenue');
  });
});
