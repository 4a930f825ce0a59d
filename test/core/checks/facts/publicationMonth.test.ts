/**
 * A month that dates a publication ("the July earnings release", "2月发布的财报") or says when a fiscal
 * year ends ("its fiscal year ends in June", "财年截至1月底") is not a figure's period. A full-year figure
 * in results published a few months after a fiscal year closed is that year's; a wrong figure of that
 * year is still found. With the bundled facts, English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const flagged = (text: string, date: string) => draftFindings(text, date);

describe('a publication month is not the period of the figures it published', () => {
  it.each([
    "Nvidia's fiscal year ends in late January; the February release put full-year revenue at $60.9 billion.",
    'Nvidia closed its fiscal year in January, and its February earnings report showed full-year revenue of $60.9 billion.',
    "In its February 2024 10-K filing, Nvidia reported full-year revenue of $60.9 billion.",
    "On the February call, Nvidia said fiscal 2024 revenue came to $60.9 billion.",
    "Nvidia's annual report, published in February, put revenue for the year at $60.9 billion.",
    'Nvidia closed its fiscal year at the end of January, and the February release put revenue at $60.9 billion.',
    'The company wrapped up its fiscal year in late January; its February release showed revenue of $60.9 billion.',
  ])('English: %s', (sentence) => {
    expect(flagged(sentence, '2024-12-01')).toEqual([]);
  });

  it.each([
    '英伟达财年截至1月底，2月发布的财报显示全年营收为609亿美元。',
    '英伟达2月公布的年报显示，全年营收为609亿美元。',
    '英伟达的财年于1月底结束，2月份披露的业绩公告称全年营收609亿美元。',
    '英伟达在2024年2月发布的财报中称，2024财年营收为609亿美元。',
  ])('Chinese: %s', (sentence) => {
    expect(flagged(sentence, '2024-12-01')).toEqual([]);
  });

  it('a year-less release month is the latest one, so its full-year figure is the year that had just closed', () => {
    expect(flagged("Alphabet's February earnings release put full-year capital expenditure at $52.5 billion.", '2025-06-01')).toEqual([]);
    expect(flagged("Alphabet's February shareholder letter put full-year capital expenditure at $52.5 billion.", '2025-06-01')).toEqual([]);
    expect(flagged('Meta在2月的财报电话会上表示，全年资本开支为392.3亿美元。', '2025-06-01')).toEqual([]);
  });

  it('so in a later year the same words name a later year: its figure is then the wrong period', () => {
    expect(flagged('Meta在2月的财报电话会上表示，全年资本开支为392.3亿美元。', '2024-12-01')).toEqual(['392.3亿美元 fact.wrong-period warning']);
  });
});

describe('a wrong figure in the same shape is still found', () => {
  it('a full-year figure that is not the reported year\'s (English, Chinese)', () => {
    expect(flagged("Nvidia's fiscal year ends in late January; the February release put full-year revenue at $70.9 billion.", '2024-12-01')).toEqual([
      '$70.9 billion fact.value-mismatch warning',
    ]);
    expect(flagged('英伟达财年截至1月底，2月发布的财报显示全年营收为709亿美元。', '2024-12-01')).toEqual(['709亿美元 fact.value-mismatch warning']);
  });

  it('the previous year\'s figure given as the year just reported is the wrong period', () => {
    expect(flagged("Nvidia's February 2025 earnings release put full-year revenue at $60.9 billion.", '2025-06-01')).toEqual([
      '$60.9 billion fact.wrong-period warning',
    ]);
  });

  it('a month that is the figure\'s own period keeps it ("revenue in February")', () => {
    expect(flagged('ChatGPT reached 250 million weekly users in August, OpenAI announced.', '2024-10-20')).toEqual(['250 million weekly users fact.wrong-period warning']);
  });
});

describe('a year-less quarter in a dated publication is the last one closed by its date', () => {
  it('not the calendar quarter of the publication\'s year (English, Chinese)', () => {
    expect(flagged("Nvidia's February 2024 release put fourth-quarter revenue at $22.1 billion.", '2025-06-01')).toEqual([]);
    expect(flagged('英伟达2024年2月发布的财报显示，第四季度营收为221亿美元。', '2025-06-01')).toEqual([]);
  });

  it('another quarter\'s figure is still the wrong period', () => {
    expect(flagged("Nvidia's February 2024 release put fourth-quarter revenue at $39.3 billion.", '2025-06-01')).toEqual(['$39.3 billion fact.wrong-period warning']);
    expect(flagged('英伟达2024年2月发布的财报显示，第四季度营收为181亿美元。', '2025-06-01')).toEqual(['181亿美元 fact.wrong-period warning']);
  });
});

describe('a bare "report" may be the month\'s own figures', () => {
  it('so it keeps the month for a figure that is not a whole year\'s', () => {
    expect(flagged('OpenAI 8月的报告显示，ChatGPT周活跃用户达2.5亿。', '2024-10-20')).toEqual(['2.5亿 fact.wrong-period warning']);
  });
});

describe('what the rule leaves alone', () => {
  it('a release mid-way through the year: its full-year figure may be an outlook, so no period', () => {
    expect(flagged("Nvidia's August earnings release put full-year revenue at $60.9 billion.", '2024-12-01')).toEqual([]);
  });
});
