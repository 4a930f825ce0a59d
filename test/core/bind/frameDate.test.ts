/**
 * A date fronted as a sentence's frame ("2023年7月，…", "In July 2023, …") or as a paragraph's lead
 * ("**2025年9月18日，…**") is the moment the relative words after it count from: "last month",
 * "next quarter", 上个月, 下一季度 (frameDate.ts). Bundled facts: Microsoft's guidance of about 2 points
 * of Azure growth from AI for Q1 FY2024 (Jul-Sep 2023), given in July 2023; the US government's Intel
 * stake announced in August 2025 (about 10% at $20.47 a share).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

describe('a fronted date is the moment relative words count from', () => {
  it.each([
    ['2023年7月，微软给出的指引显示：下一季度AI服务将为Azure增速贡献约2个百分点。', '2025-08-05'],
    ['In July 2023, Microsoft guided that next quarter AI services would add about 2 points to Azure growth.', '2025-08-05'],
    ['**2025年9月18日，英伟达入股英特尔。** 英伟达以每股23.28美元认购。上个月，美国政府以每股20.47美元拿下英特尔约10%的股份。', '2025-12-30'],
    ['**September 18, 2025.** Nvidia bought into Intel at $23.28 a share. Last month, the US government took about 10% of Intel at $20.47 a share.', '2025-12-30'],
  ])('%s', (text, date) => {
    expect(draftFindings(text, date)).toEqual([]);
  });

  it('the month before the lead\'s day is the period of the later sentence\'s figure', () => {
    const claim = analyzedClaim('**2025年9月18日，英伟达入股英特尔。** 英伟达以每股23.28美元认购。上个月，美国政府以每股20.47美元拿下英特尔约10%的股份。', '20.47美元', '2025-12-30');
    expect(claim?.period?.value).toMatchObject({ start: '2025-08-01', end: '2025-08-31' });
    // Borrowed from another sentence: only as sure as the paragraph's context.
    expect(claim?.period?.how).toBe('context');
  });

  it('"next quarter" said in the first month of a quarter may mean the quarter just begun', () => {
    const claim = analyzedClaim('In July 2023, Microsoft guided that next quarter AI services would add about 2 points to Azure growth.', '2 points', '2025-08-05');
    expect(claim?.period?.value.label).toBe('Q2 FY2024');
    expect(claim?.period?.alternative?.label).toBe('Q1 FY2024');
  });
});

describe('near misses: no frame, the draft\'s date', () => {
  it('without a dated frame, last month is the month before the draft\'s date', () => {
    expect(draftFindings('上个月，美国政府以每股20.47美元拿下英特尔约10%的股份。', '2025-12-30')).toEqual(['20.47美元 fact.wrong-period warning', '10% fact.wrong-period warning']);
    expect(draftFindings('Nvidia bought into Intel at $23.28 a share. Last month, the US government took about 10% of Intel at $20.47 a share.', '2025-12-30')).toEqual(['10% fact.wrong-period warning', '$20.47 fact.wrong-period warning']);
  });

  it('a date inside the clause is no frame: it dates its own figure, not the relative words', () => {
    const claim = analyzedClaim('英伟达在2025年9月18日以每股23.28美元入股英特尔，上个月美国政府以每股20.47美元拿下英特尔约10%的股份。', '20.47美元', '2025-12-30');
    expect(claim?.period?.value).toMatchObject({ start: '2025-11-01', end: '2025-11-30' });
  });

  it('a later day in the paragraph moves the story on: the lead is no longer the frame', () => {
    const claim = analyzedClaim('**2025年9月18日，英伟达入股英特尔。** 10月6日，AMD与OpenAI签约。上个月，美国政府以每股20.47美元拿下英特尔约10%的股份。', '20.47美元', '2025-12-30');
    expect(claim?.period?.value.start).not.toBe('2025-08-01');
  });
});
