/**
 * Dates of a figure read from the words around it (session 23): "started the year" is the year's start;
 * a deal told in the present progressive ("is closing") takes no date of another clause
 * (bind/dealUnderWay.ts); a month whose year is carried past a semicolon is a year not written; 半年前
 * counts six months back; a table's round column places its rows (pastMoment.ts); a note's date in
 * "notes in late 2023" is when the note was written (bind/speechDate.ts), and "late 2023" is Oct–Dec.
 * Bundled facts: Perplexity's January 2024 round ($74M at $520M) and November 2024 round ($500M at $9B);
 * OpenAI's October 2024 round ($6.6B at $157B); xAI's December 2024 round (~$50B), then $80B (March 2025);
 * Google's August 2024 Character.AI deal ($2.5B); Azure's AI contribution of ~3 points (Jul–Sep 2023).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

describe('the start of the year', () => {
  it('"started the year raising" dates the round early in the year: not stale', () => {
    expect(draftFindings('Perplexity started the year raising $74 million at a $520 million valuation.', '2024-12-10')).toEqual([]);
  });
  it('near miss: the undated round is still stale', () => {
    expect(draftFindings('Perplexity raised $74 million at a $520 million valuation.', '2024-12-10')).toEqual(['$74 million fact.stale warning', '$520 million fact.stale warning']);
  });
});

describe('a deal under way now', () => {
  it('takes no date from the clause before it', () => {
    expect(draftFindings('Perplexity was worth $3 billion by June, and the company is closing $500 million at $9 billion.', '2024-12-10')).toEqual([]);
  });
  it('near miss: a past-tense deal in the same place still takes the date', () => {
    expect(draftFindings('Perplexity was worth $3 billion by June, and the company closed $500 million at $9 billion.', '2024-12-10')).toEqual(['$500 million fact.wrong-period warning']);
  });
});

describe('a month whose year is carried past a semicolon', () => {
  it('is a year not written: another year\'s figure is information only', () => {
    expect(draftFindings("Character.AI was valued at $1 billion in March 2023; Google's August deal bought out its investors at a $2.5 billion valuation.", '2024-12-18')).toEqual([]);
  });
  it('near miss: the year written with the month is the writer\'s', () => {
    expect(draftFindings("Character.AI was valued at $1 billion in March 2023; Google's August 2023 deal bought out its investors at a $2.5 billion valuation.", '2024-12-18')).toEqual([
      '$2.5 billion fact.wrong-period warning',
    ]);
  });
});

describe('半年前', () => {
  it('dates a round about six months back: not stale', () => {
    expect(draftFindings('半年前，OpenAI以1570亿美元估值融资66亿美元。', '2025-04-10')).toEqual([]);
  });
  it('near miss: undated, the old round is stale', () => {
    expect(draftFindings('OpenAI以1570亿美元估值融资66亿美元。', '2025-04-10')).toEqual(['1570亿美元 fact.stale warning', '66亿美元 fact.stale warning']);
  });
});

describe("a table's round column", () => {
  const table = (header: string) => [`| 公司 | ${header} | 估值 |`, '|---|---|---|', '| xAI | 2024年12月 | 约500亿美元 |'].join('\n');
  it('places the row at its round: not stale', () => {
    expect(draftFindings(table('最近一轮'), '2025-04-10')).toEqual([]);
  });
  it('near miss: a column of notes does not', () => {
    expect(draftFindings(table('备注'), '2025-04-10')).toEqual(['500亿美元 fact.stale warning']);
  });
});

describe('the date of a note', () => {
  it('"notes in late 2023" used a figure published then: not another period', () => {
    expect(draftFindings('Some research notes in late 2023 used the 3 points that AI services added to Azure growth.', '2025-08-10')).toEqual([]);
  });
  it('near miss: a figure dated 2023 itself is the quarter\'s, another period', () => {
    expect(draftFindings('In 2023 AI services added 3 points to Azure growth.', '2025-08-10')).toEqual(['3 points fact.wrong-period warning']);
  });
});
