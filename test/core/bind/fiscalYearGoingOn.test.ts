/**
 * A year-less quarter goes on in the fiscal year written last before it in its paragraph, in its own
 * sentence outright and from an earlier sentence as the inferred reading (fiscalSequence.ts); a fiscal
 * year written after it does not reach back, and with none before it the quarter reads as before.
 * Bundled facts: AI services added 3, 6, 7 and 8 points to Azure growth in Q1-Q4 FY2024 and 12 points
 * in Q1 FY2025 (Microsoft's fiscal year ends in June).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-08-05';
const ZH_FIRST = '微软的财年截至每年6月。2024财年第一季度（2023年7-9月），AI服务为Azure增长贡献了3个百分点。';
const EN_FIRST = "Microsoft's fiscal year ends in June. In fiscal 2024's first quarter, AI services added 3 percentage points to Azure growth. ";

function periodLabel(text: string, figure: string): string | undefined {
  return flaggedClaim(text, figure, DATE).claim?.period?.value.label;
}

describe('a bare quarter goes on in the fiscal year an earlier sentence named', () => {
  itIsSilent(
    [
      [`${ZH_FIRST}此后AI对Azure增长的贡献逐季走高：第二财季6个百分点，第三财季7个百分点，第四财季8个百分点，一年内翻了一倍多。`, '8个百分点'],
      [`${ZH_FIRST}此后AI对Azure增长的贡献逐季走高：第二财季6个百分点，第三财季7个百分点，第四财季8个百分点；进入2025财年，第一季度达到12个百分点。`, '6个百分点'],
      [`${EN_FIRST}AI's contribution to Azure growth then rose each quarter: 6 percentage points in the second quarter, 7 percentage points in the third quarter and 8 percentage points in the fourth quarter.`, '8 percentage points'],
    ],
    DATE,
  );

  it("keeps the document's reading as the other one", () => {
    const { claim } = flaggedClaim(`${ZH_FIRST}此后，第四财季AI对Azure增长的贡献为8个百分点。`, '8个百分点', DATE);
    expect(claim?.period?.value.label).toBe('Q4 FY2024');
    expect(claim?.period?.inferred).toBe(true);
    expect(claim?.period?.alternative?.label).toBe('Q4 FY2025');
  });

  it('a carried fiscal year is inferred: never sure enough on its own for a wrong period (as a bare 年底, yearPartYear.ts)', () => {
    expect(flaggedClaim(`${ZH_FIRST}此后，第四财季AI对Azure增长的贡献为7个百分点。`, '7个百分点', DATE).verdicts).toEqual([]);
  });
});

describe('a bare quarter goes on in the fiscal year its own sentence named', () => {
  itIsSilent(
    [
      ['2024财年，AI对Azure增长的贡献在第四季度达到8个百分点。', '8个百分点'],
      ['In fiscal 2024, AI added 8 percentage points to Azure growth in the fourth quarter.', '8 percentage points'],
      ["In fiscal 2024's first quarter, AI added 3 percentage points to Azure growth.", '3 percentage points'],
    ],
    DATE,
  );

  it("near miss: another quarter's figure is a wrong period", () => {
    expect(flaggedClaim('2024财年，AI对Azure增长的贡献在第四季度达到7个百分点。', '7个百分点', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('In fiscal 2024, AI added 7 percentage points to Azure growth in the fourth quarter.', '7 percentage points', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('what does not carry a fiscal year', () => {
  it('a fiscal year written after the quarter does not reach back, and reads its own quarters', () => {
    const text = `${ZH_FIRST}此后逐季走高：第四财季AI对Azure增长的贡献为8个百分点；进入2025财年，第一季度AI对Azure增长的贡献达到12个百分点。`;
    expect(periodLabel(text, '8个百分点')).toBe('Q4 FY2024');
    expect(periodLabel(text, '12个百分点')).toBe('Q1 FY2025');
    expect(flaggedClaim(text, '12个百分点', DATE).verdicts).toEqual([]);
  });

  it('a calendar year written in between starts its own reading', () => {
    const text = `${ZH_FIRST}2024年，第四季度AI对Azure增长的贡献为8个百分点。`;
    expect(periodLabel(text, '8个百分点')).not.toBe('Q4 FY2024');
  });

  it('near miss: with no fiscal year before it, a bare quarter reads as before', () => {
    expect(periodLabel('AI对Azure增长的贡献在第四财季达到8个百分点。', '8个百分点')).toBe('Q4 FY2025');
    // The year is the binder's guess from the draft's date, and 8 points is the same quarter's figure
    // a year earlier: told as information, not flagged (yearlessSlot.test.ts).
    expect(flaggedClaim('AI对Azure增长的贡献在第四财季达到8个百分点。', '8个百分点', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('In the fourth quarter AI added 8 percentage points to Azure growth.', '8 percentage points', DATE).verdicts).toEqual([]);
  });
});

describe('an offset counted from the named quarter does not hide its fiscal year', () => {
  it('Chinese and English: 三个季度之后 / "Three quarters later" between the named quarter and the bare one', () => {
    const zh = `${ZH_FIRST}三个季度之后，这一贡献翻了一倍多。随后的第二财季，AI服务为Azure增长贡献了6个百分点。`;
    const { claim } = flaggedClaim(zh, '6个百分点', DATE);
    expect(claim?.period?.value.label).toBe('Q2 FY2024');
    expect(claim?.period?.inferred).toBe(true);
    expect(claim?.period?.alternative?.label).toBe('Q2 FY2025');
    expect(flaggedClaim(zh, '6个百分点', DATE).verdicts).toEqual([]);
    const en = `${EN_FIRST}Three quarters later the contribution had more than doubled. In the second quarter that followed, AI services added 6 percentage points.`;
    expect(flaggedClaim(en, '6 percentage points', DATE).verdicts).toEqual([]);
  });

  it('a bracketed end date glossing the fiscal year ("FY2024（截至2024年6月）") starts no calendar sequence of its own', () => {
    const zh = '微软FY2024（截至2024年6月）的Azure增长中，第一季度AI服务贡献了3个百分点，第二季度贡献了6个百分点。';
    expect(periodLabel(zh, '3个百分点')).toBe('Q1 FY2024');
    expect(periodLabel(zh, '6个百分点')).toBe('Q2 FY2024');
    // The next sentence's bare quarter goes on in it too, past the year-less quarters between.
    const next = `${zh}第四季度AI服务贡献了8个百分点。`;
    expect(periodLabel(next, '8个百分点')).toBe('Q4 FY2024');
    expect(flaggedClaim(next, '8个百分点', DATE).verdicts).toEqual([]);
  });
});
