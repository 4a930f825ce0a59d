/**
 * An offset from a date just named ("a month later", "两个月后", "a year later", 次年, 同年) moves that date
 * on: the figure's period is never the anchor itself. A loose offset from a month is widened; a vague
 * one ("months later", 不久后) or one counted from an event ("成立两个月后") leaves the figure undated.
 * With the bundled facts (Mistral AI raised €105M in June 2023, €385M in December 2023).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { scanPeriods } from '../../../../server/src/core/bind/periods';

const flagged = (text: string) => draftFindings(text, '2024-06-01');
const periodsOf = (text: string) =>
  scanPeriods(text, { start: 0, end: text.length }, { documentDate: '2024-06-01' }).map((m) => (m.period ? `${m.period.start}/${m.period.end}` : 'none'));

describe('an offset from the date just named is that date moved on', () => {
  it.each([
    ['In April 2023 it was founded; a month later it raised money.', ['2023-04-01/2023-04-30', '2023-05-01/2023-06-30']],
    ['In April 2023 it was founded; two months later it raised money.', ['2023-04-01/2023-04-30', '2023-05-01/2023-07-31']],
    ['In April 2023 it was founded; a year later it raised money.', ['2023-04-01/2023-04-30', '2024-01-01/2024-07-31']],
    ['In 2022 it was founded; two years later it raised money.', ['2022-01-01/2022-12-31', '2024-01-01/2024-12-31']],
    ['In 2022 it was founded; the following year it raised money.', ['2022-01-01/2022-12-31', '2023-01-01/2023-12-31']],
    ['2023年4月成立，两个月后完成融资。', ['2023-04-01/2023-04-30', '2023-05-01/2023-07-31']],
    ['2022年成立，次年完成融资。', ['2022-01-01/2022-12-31', '2023-01-01/2023-12-31']],
    ['2023年4月成立，同年完成融资。', ['2023-04-01/2023-04-30', '2023-01-01/2023-12-31']],
  ])('%s', (text, periods) => {
    expect(periodsOf(text)).toEqual(periods);
  });

  it.each([
    'In 2023 it was founded; a month later it raised money.',
    'In April 2023 it was founded; months later it raised money.',
    'In April 2023 it was founded; shortly afterwards it raised money.',
    'It raised money two months after its April 2023 founding.',
    '2023年4月成立，几个月后完成融资。',
    '2023年4月成立，不久后完成融资。',
    '2023年6月，也就是成立两个月后，完成融资。',
  ])('a vague offset, or one counted from an event, is not computed: %s', (text) => {
    expect(periodsOf(text)).toContain('none');
  });

  it('with no date before it, an offset has no period', () => {
    expect(periodsOf('A month later it raised money.')).toEqual(['none']);
  });

  it('nor does one opening a sentence: the year it counts from may be any the paragraph named', () => {
    const findings = draftFindings('智谱去年营收3.12亿元；2022年营收仅0.57亿元。同年净亏损29.58亿元，接近营收的十倍。', '2026-01-15');
    expect(findings.filter((f) => f.startsWith('29.58亿元'))).toEqual([]);
  });
});

describe('a figure dated by an offset is not the anchor\'s', () => {
  it.each([
    'Founded in April 2023, Mistral AI raised a €105 million seed round a month later.',
    'Mistral AI was founded in April 2023 and raised €105 million two months later.',
    'Mistral AI was founded in April 2023; months later it raised €105 million.',
    'Founded in April 2023, Mistral AI raised €105 million shortly afterwards.',
    'Mistral AI raised €105 million two months after its April 2023 founding.',
    'Mistral AI raised €105 million in June 2023, and six months later it raised €385 million.',
  ])('English: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    'Mistral AI成立于2023年4月，两个月后完成了1.05亿欧元的种子轮融资。',
    'Mistral AI在2023年4月成立，一个月后获得1.05亿欧元融资。',
    'Mistral AI于2023年4月成立，几个月后获得1.05亿欧元融资。',
    'Mistral AI于2023年6月融资1.05亿欧元，半年后又融资3.85亿欧元。',
    'Mistral AI于2023年4月成立，同年融资1.05亿欧元。',
    'Mistral AI于2022年成立，次年融资1.05亿欧元。',
  ])('Chinese: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('a figure of another time, placed by an offset, is still the wrong period', () => {
  it('a year later is not the seed round\'s June (English, Chinese)', () => {
    expect(flagged('Mistral AI was founded in April 2022 and raised €105 million a year later.')).toEqual([]);
    expect(flagged('Mistral AI was founded in April 2023 and raised €105 million a year later.')).toEqual(['€105 million fact.wrong-period warning']);
    expect(flagged('Mistral AI于2023年4月成立，一年后融资1.05亿欧元。')).toEqual(['1.05亿欧元 fact.wrong-period warning']);
  });

  it('the December round is not a month after April', () => {
    expect(flagged('Founded in April 2023, Mistral AI raised €385 million a month later.')).toEqual(['€385 million fact.wrong-period warning']);
  });
});
