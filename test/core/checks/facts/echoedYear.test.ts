/**
 * One mistaken year is reported once: a date that writes no year borrows it from an earlier date of its
 * sentence, so when that earlier date is flagged as the wrong year, a second wrong-period by the same
 * number of years is its echo and is shown as information only. A date that writes its own year, or an
 * earlier date that was right, leaves the second figure's warning alone.
 * Bundled facts: Nvidia first passed $4 trillion on 2025-07-09 and $5 trillion on 2025-10-29.
 * A shift of another size than whole years (a quarter a year and a quarter off) is no echo.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-12-30';
const ALL = ['error', 'warning', 'information'] as const;

describe('a borrowed year that repeats an earlier wrong year', () => {
  it('is information, the first date keeps its warning (Chinese and English)', () => {
    const zh = '英伟达在2024年7月市值首次突破4万亿美元，10月29日又成为全球首家市值达到5万亿美元的公司。';
    expect(draftFindings(zh, DATE, ALL)).toEqual(['4万亿美元 fact.wrong-period warning', '5万亿美元 fact.wrong-period information']);
    const en = 'Nvidia first passed a $4 trillion market cap in July 2024, and on October 29 it became the first company with a market cap of $5 trillion.';
    expect(draftFindings(en, DATE)).toEqual(['$4 trillion fact.wrong-period warning']);
  });
});

describe('a year-less month of a later sentence that carries the wrong year', () => {
  // Bundled facts: Perplexity's round of January 2024 ($74 million at $520 million), $3 billion in June 2024.
  const FINDINGS = (text: string) => draftFindings(text, DATE, ALL).filter((f) => /\$3 billion|30亿美元/.test(f));

  it('is information when the paragraph\'s earlier date is wrong by the same years (English and Chinese)', () => {
    const en = 'In January 2025 Perplexity closed a $74 million round at a $520 million valuation. By June the startup was valued at $3 billion.';
    expect(FINDINGS(en)).toEqual(['$3 billion fact.wrong-period information']);
    const zh = 'Perplexity在2025年1月融资7400万美元，估值5.2亿美元。到了6月，Perplexity的估值为30亿美元。';
    expect(FINDINGS(zh)).toEqual(['30亿美元 fact.wrong-period information']);
  });

  it('reads the month however the period patterns write it: an abbreviation, a month in characters', () => {
    const en = 'In January 2025 Perplexity closed a $74 million round at a $520 million valuation. By Jun. the startup was valued at $3 billion.';
    expect(FINDINGS(en)).toEqual(['$3 billion fact.wrong-period information']);
    const zh = 'Perplexity在2025年1月融资7400万美元，估值5.2亿美元。到了六月份，Perplexity的估值为30亿美元。';
    expect(FINDINGS(zh)).toEqual(['30亿美元 fact.wrong-period information']);
  });

  it('near miss: a later date that writes its own year is the writer\'s own mistake', () => {
    const en = 'In January 2025 Perplexity closed a $74 million round at a $520 million valuation. By June 2025 the startup was valued at $3 billion.';
    expect(FINDINGS(en)).toEqual(['$3 billion fact.wrong-period warning']);
    const zh = 'Perplexity在2025年1月融资7400万美元，估值5.2亿美元。到了2025年6月，Perplexity的估值为30亿美元。';
    expect(FINDINGS(zh)).toEqual(['30亿美元 fact.wrong-period warning']);
  });
});

describe('near misses: the second figure is still a warning', () => {
  it('when its date writes its own year', () => {
    const zh = '英伟达在2024年7月市值首次突破4万亿美元，2024年10月29日又成为全球首家市值达到5万亿美元的公司。';
    expect(draftFindings(zh, DATE)).toEqual(['4万亿美元 fact.wrong-period warning', '5万亿美元 fact.wrong-period warning']);
  });

  it('when the second date is off by more than the same years (a quarter a year and a quarter away)', () => {
    // Nvidia's data-center revenue: $47.5B in FY2024, $18.4B in Q4 FY2024. "2023财年" is a year off, and
    // the fiscal third quarter it carries to (Q3 FY2023) is five quarters from Q4 FY2024's figure.
    const zh = '英伟达2023财年数据中心收入为475亿美元，第三财季数据中心收入为184亿美元。';
    expect(draftFindings(zh, '2024-03-15')).toEqual(['475亿美元 fact.wrong-period warning', '184亿美元 fact.wrong-period warning']);
  });

  it('when the earlier date was right', () => {
    const zh = '英伟达在2025年7月市值首次突破4万亿美元，2月又成为全球首家市值达到5万亿美元的公司。';
    expect(draftFindings(zh, DATE)).toEqual(['5万亿美元 fact.wrong-period warning']);
  });
});

describe('a date written once for a figure and its parts', () => {
  // Bundled facts: Google's up-to-$2B for Anthropic, $500M up front and $1.5B later, in October 2023.
  it('is one mistake: the parts of the measure it dates are information (English and Chinese)', () => {
    const en = 'Google committed up to $2 billion to Anthropic in October 2024, $500 million up front and $1.5 billion later.';
    expect(draftFindings(en, DATE, ALL)).toEqual(['$2 billion fact.wrong-period warning', '$500 million fact.wrong-period information', '$1.5 billion fact.wrong-period information']);
    const zh = '2024年10月，谷歌承诺向Anthropic提供最多20亿美元，其中5亿美元先期到位。';
    expect(draftFindings(zh, DATE, ALL)).toEqual(['20亿美元 fact.wrong-period warning', '5亿美元 fact.wrong-period information']);
  });

  it('near miss: figures of other measures under the one date are each a warning', () => {
    // Bundled facts: Runway raised $308M at a $3B valuation in April 2025.
    const en = 'In April 2024 Runway raised $308 million at a valuation of $3.2 billion.';
    expect(draftFindings(en, DATE).filter((f) => f.startsWith('$308 million'))).toEqual(['$308 million fact.wrong-period warning']);
  });
});
