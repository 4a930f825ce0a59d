/**
 * A number with a unit of time is a duration (bind/duration.ts): it is a claim only of a metric
 * measured in time (build time), never a count of GPUs bought, an amount or a share. "The second
 * time in five months" was read as five GPUs bought by the company named beside it, "off by a factor
 * of 10,000" from its 50,000.
 * Bundled facts: Alphabet and Amazon bought ~50,000 H100s in 2023, Microsoft ~150,000.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../helpers/draftFindings';

const DATE = '2024-06-01';
const claimTexts = (text: string) => draftAnalysis(text, DATE).claims.map((c) => c.quantity.text);

describe('a duration is not a claim of a count, an amount or a share', () => {
  it.each([
    ['It is the second time in five months that a big tech company has bought the people rather than the company, as Google did in 2023.', 'five months'],
    ['In 2023, a five-month-old startup sold its team to Amazon, which bought GPUs too.', 'five-month'],
    ['Within 5 weeks of its 2023 launch, Google had bought GPUs.', '5 weeks'],
    ['In 2023 Amazon bought GPUs for 3 months straight.', '3 months'],
    ['2023年，谷歌在五个月内第二次买下团队而不是公司。', '五个月'],
    ['2023年亚马逊12个月内采购了GPU。', '12个月'],
    ['2023年，成立五个月的公司被谷歌买下。', '五个月'],
    ['2023年谷歌两周内又购买了一批GPU。', '两周'],
  ])('%s', (text, duration) => {
    expect(claimTexts(text)).not.toContain(duration);
    expect(draftFindings(text, DATE)).toEqual([]);
  });
});

describe('near misses', () => {
  it('the count beside a duration is still a claim, and a wrong one is still flagged', () => {
    const text = 'In 2023, over twelve months, Microsoft bought 15,000 H100 GPUs.';
    expect(claimTexts(text)).toEqual(['15,000 H100 GPUs']);
    expect(draftFindings(text, DATE)).toEqual(['15,000 H100 GPUs fact.wrong-scale warning']);
  });
  it('in Chinese too', () => {
    const text = '2023年，微软在12个月内采购了1.5万块H100。';
    expect(claimTexts(text)).toEqual(['1.5万块H100']);
    expect(draftFindings(text, DATE)).toEqual(['1.5万块H100 fact.wrong-scale warning']);
  });
});
