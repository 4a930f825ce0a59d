/**
 * 同月 / "the same month" / "that month" opening a sentence read from the date last named in the
 * paragraph, including its bold lead-in label ("**2025年7月** …。同月，…"), not from the document's
 * date (paragraphOffset.ts). Bundled facts: Gemini app monthly users 450M (July 2025), 650M (October
 * 2025), 750M (February 2026).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

const DATE = '2026-03-01';

describe('a calendar offset reads from the date the paragraph named', () => {
  it.each([
    '**2025年7月** 两条消息：OpenAI发布新模型。同月，谷歌称Gemini应用月活为4.5亿。',
    '**July 2025** — Two announcements: OpenAI shipped a model. The same month, Google said the Gemini app had 450 million monthly users.',
    'In July 2025 OpenAI shipped a model. That month, Google said the Gemini app had 450 million monthly users.',
  ])('%s', (text) => {
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('near miss: a later figure for that month is another period\'s (information: the date is borrowed from another sentence)', () => {
    expect(draftFindings('**2025年7月** 两条消息：OpenAI发布新模型。同月，谷歌称Gemini应用月活为6.5亿。', DATE, ['error', 'warning', 'information'])).toEqual(['6.5亿 fact.wrong-period information']);
  });

  it('near miss: without a date in the paragraph the figure is still out of date', () => {
    expect(draftFindings('谷歌称Gemini应用月活为4.5亿。', DATE)).toEqual(['4.5亿 fact.stale warning']);
  });
});

describe('an offset after two dates of the paragraph stays undated', () => {
  it('near miss: 同月 after two months named may point to either, so it is read as undated, as before', () => {
    const text = '2025年7月OpenAI发布新模型，2025年10月又发布一款。同月，谷歌称Gemini应用月活为4.5亿。';
    expect(analyzedClaim(text, '4.5亿', DATE)?.period).toBeUndefined();
    // ...but still dated by the writer to a past month, so never stale (session 11: statedAsOfItsOwn.unplacedDateInSentence).
    expect(draftFindings(text, DATE)).toEqual([]);
  });
});

describe('a four-digit count is no second date of the paragraph', () => {
  it('Chinese: 用户达到2000万 / 2024台 is a count, so 同月 still reads from the one month named', () => {
    expect(draftFindings('**2025年7月** 两条消息：微软称Copilot用户达到2000万。同月，谷歌称Gemini应用月活为4.5亿。', DATE)).toEqual([]);
    expect(draftFindings('2025年7月，某云厂商交付了2024台服务器。同月，谷歌称Gemini应用月活为4.5亿。', DATE)).toEqual([]);
  });

  it('near miss: a year the paragraph does name still makes two dates, so 同月 stays undated (and, dated by the writer to a past month, is not stale)', () => {
    const text = '2025年7月OpenAI发布新模型，而它成立于2015年。同月，谷歌称Gemini应用月活为4.5亿。';
    expect(analyzedClaim(text, '4.5亿', DATE)?.period).toBeUndefined();
    expect(draftFindings(text, DATE)).toEqual([]);
  });
});
