/**
 * A figure told of a past round or deal ("that round", "the deal", 那一轮, 该轮, 上一轮, "at the time") is
 * that moment's figure: a newer valuation on record does not make it stale (pastMoment.ts). The same
 * figure stated as current ("is valued at", 目前) still is. Bundled facts: OpenAI's October 2024 round at
 * $157B post-money, then $300B (March 2025) and $500B (October 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';

describe('a figure of a past round or deal is not stale', () => {
  it('zh: a round pointed back at (那一轮, 该轮, 上一轮)', () => {
    expect(draftFindings('OpenAI那一轮投前估值1500亿美元，加上新钱66亿美元，正好是投后的1570亿美元。', DATE)).toEqual([]);
    expect(draftFindings('OpenAI该轮投后估值1570亿美元。', DATE)).toEqual([]);
    expect(draftFindings('OpenAI上一轮的投后估值为1570亿美元。', DATE)).toEqual([]);
  });

  it('en: "that round", "the deal", "its previous round"', () => {
    expect(draftFindings('In that round OpenAI was valued at $157 billion after the money.', DATE)).toEqual([]);
    expect(draftFindings("OpenAI's previous round valued it at $157 billion.", DATE)).toEqual([]);
  });

  it('a named event that valued the company (a tender, a share sale, 要约收购, 老股转让): the event\'s figure', () => {
    expect(draftFindings('A secondary share sale valued OpenAI at $157 billion.', DATE)).toEqual([]);
    expect(draftFindings("OpenAI's staff tender offer valued the company at roughly $157 billion.", DATE)).toEqual([]);
    expect(draftFindings('OpenAI的员工要约收购给公司的估值约为1570亿美元。', DATE)).toEqual([]);
    expect(draftFindings('那次老股转让对OpenAI的估值为1570亿美元。', DATE)).toEqual([]);
    // Still checked against the event's figure: a slip of scale or currency is flagged.
    expect(draftFindings('A secondary share sale valued OpenAI at $157 million.', DATE)).toEqual(['$157 million fact.wrong-scale warning']);
    expect(draftFindings("OpenAI's staff tender offer valued the company at roughly €157 billion.", DATE)).toEqual(['€157 billion fact.wrong-currency warning']);
  });

  it('near miss: the same figure stated as the current level is still stale', () => {
    expect(draftFindings('OpenAI is valued at $157 billion.', DATE)).toEqual(['$157 billion fact.stale warning']);
    expect(draftFindings('OpenAI目前估值1570亿美元。', DATE)).toEqual(['1570亿美元 fact.stale warning']);
  });

  it('near miss: a present marker in the figure\'s own clause outweighs a round named elsewhere in the sentence', () => {
    expect(draftFindings('OpenAI那一轮融资66亿美元，目前估值1570亿美元。', DATE)).toEqual(['1570亿美元 fact.stale warning']);
  });

  it('a table row that names the round: its valuation is that round\'s (bundled: Harvey, $3B at its Series D of February 2025, $8B in October)', () => {
    const table = ['| Company | Round | Raised | Valuation |', '|---|---|---|---|', '| Harvey | Series D (Feb) | $300 million | $3 billion |'].join('\n');
    expect(draftFindings(table, '2025-12-10')).toEqual([]);
    const zh = ['| 公司 | 轮次 | 融资额 | 估值 |', '|---|---|---|---|', '| Harvey | D轮 | 3亿美元 | 30亿美元 |'].join('\n');
    expect(draftFindings(zh, '2025-12-10')).toEqual([]);
  });

  it('"the February round", "the original contract" point back at a past moment', () => {
    expect(draftFindings('Harvey was valued at $3 billion in the February round.', '2025-12-10')).toEqual([]);
    expect(draftFindings('OpenAI has an original $11.9 billion contract with CoreWeave.', DATE)).toEqual([]);
  });

  it('near miss: a row that names no round states the level as current', () => {
    const table = ['| Company | Note | Valuation |', '|---|---|---|', '| Harvey | legal AI | $3 billion |'].join('\n');
    expect(draftFindings(table, '2025-12-10')).toEqual(['$3 billion fact.stale warning']);
  });

  it('a row that dates itself is history: a round or date column, a dated event, a bracketed month', () => {
    const rows = (header: string, row: string) => [header, '|---|---|---|', row].join('\n');
    const D = '2025-12-10';
    expect(draftFindings(rows('| Company | Round (date) | Valuation |', '| Harvey | February 2025 filing | $3 billion |'), D)).toEqual([]);
    expect(draftFindings(rows('| Company | Event | Valuation |', '| Harvey | tender (Feb) | $3 billion |'), D)).toEqual([]);
    expect(draftFindings(rows('| Company | Note | Valuation |', '| Harvey | secondary sale, February 2025 | $3 billion |'), D)).toEqual([]);
    expect(draftFindings(rows('| 公司 | 备注 | 估值 |', '| Harvey | 2025年2月融资 | 30亿美元 |'), D)).toEqual([]);
    expect(draftFindings(rows('| 公司 | 备注 | 估值 |', '| Harvey | 老股转让（2月） | 30亿美元 |'), D)).toEqual([]);
  });

  it('a column headed as the earlier mark is history: "Earlier mark", "Previous round", 此前估值, 上一轮', () => {
    const D = '2025-12-10';
    const en = (earlier: string) => [`| Company | ${earlier} | Latest mark |`, '|---|---|---|', '| Harvey | $3 billion | $8 billion |'].join('\n');
    const zh = (earlier: string) => [`| 公司 | ${earlier} | 最新估值 |`, '|---|---|---|', '| Harvey | 30亿美元 | 80亿美元 |'].join('\n');
    expect(draftFindings(en('Earlier mark'), D)).toEqual([]);
    expect(draftFindings(['| Company | Earlier valuation |', '|---|---|', '| Harvey | $3 billion |'].join('\n'), D)).toEqual([]);
    expect(draftFindings(en('Previous round'), D)).toEqual([]);
    expect(draftFindings(zh('此前估值'), D)).toEqual([]);
    expect(draftFindings(zh('上一轮估值'), D)).toEqual([]);
  });

  it('a data table\'s column of previous values: "Previous", "Prior", "Before", 前值, 上期, 原值', () => {
    // OpenAI's $157B mark (October 2024) set beside its $300B one (March 2025), in a June 2025 draft.
    const D = '2025-06-01';
    const en = (earlier: string) => [`| Metric | Latest | ${earlier} |`, '|---|---|---|', '| OpenAI valuation | $300 billion | $157 billion |'].join('\n');
    const zh = (earlier: string) => [`| 指标 | 最新 | ${earlier} |`, '|---|---|---|', '| OpenAI估值 | 3000亿美元 | 1570亿美元 |'].join('\n');
    for (const header of ['Previous', 'Prior', 'Before']) expect(draftFindings(en(header), D)).toEqual([]);
    for (const header of ['前值', '上期', '原值']) expect(draftFindings(zh(header), D)).toEqual([]);
    // Near miss: under a column headed as the latest, the older mark is still stale.
    expect(draftFindings(zh('最新'), D)).toEqual(['1570亿美元 fact.stale warning']);
  });

  it('near miss: the same figure under a column headed as the latest mark is still stale', () => {
    expect(draftFindings(['| Company | Latest valuation |', '|---|---|', '| Harvey | $3 billion |'].join('\n'), '2025-12-10')).toEqual(['$3 billion fact.stale warning']);
    expect(draftFindings(['| 公司 | 最新估值 |', '|---|---|', '| Harvey | 30亿美元 |'].join('\n'), '2025-12-10')).toEqual(['30亿美元 fact.stale warning']);
  });

  it('near miss: an event word without a date, or a date of what comes next, leaves the level current', () => {
    const rows = (header: string, row: string) => [header, '|---|---|---|', row].join('\n');
    const D = '2025-12-10';
    expect(draftFindings(rows('| Company | Note | Valuation |', '| Harvey | filing | $3 billion |'), D)).toEqual(['$3 billion fact.stale warning']);
    expect(draftFindings(rows('| Company | Next round | Valuation |', '| Harvey | expected (Feb) | $3 billion |'), D)).toEqual(['$3 billion fact.stale warning']);
    expect(draftFindings(rows('| Company | Founded | Valuation |', '| Harvey | 2022 | $3 billion |'), D)).toEqual(['$3 billion fact.stale warning']);
  });

  it('a price dated to the launch is history (at launch, when it launched, launched at, 上线时, 发布时): bundled GPT-4o $5/$15 at launch, $2.5/$10 from August 2024', () => {
    expect(draftFindings('GPT-4o上线时定价为每百万token输入5美元、输出15美元。', DATE)).toEqual([]);
    expect(draftFindings('GPT-4o发布时的API价格是每百万token输入5美元。', DATE)).toEqual([]);
    expect(draftFindings('GPT-4o launched at $5 per million input tokens and $15 per million output tokens.', DATE)).toEqual([]);
    expect(draftFindings('When GPT-4o launched, it cost $5 per million input tokens.', DATE)).toEqual([]);
    // Still checked: a launch price that matches nothing is flagged.
    expect(draftFindings('GPT-4o上线时定价为每百万token输入7美元。', DATE)).toEqual(['7美元 fact.value-mismatch error']);
  });

  it('near miss: the launch price stated as the current price is still stale', () => {
    expect(draftFindings('GPT-4o costs $5 per million input tokens.', DATE)).toEqual(['$5 fact.stale warning']);
    expect(draftFindings('GPT-4o的API价格为每百万token输入5美元。', DATE)).toEqual(['5美元 fact.stale warning']);
  });
});

describe('the time of a filing places the sentence at that moment', () => {
  // Bundled facts: xAI's ~$50B valuation in its December 2024 SEC filing, $80B in March 2025.
  it('en: "around the SEC filing"', () => {
    expect(draftFindings('Reports around the SEC filing put xAI at a $50 billion valuation.', '2025-04-10')).toEqual([]);
  });
  it('zh: 文件前后', () => {
    expect(draftFindings('SEC文件前后的报道说，xAI的估值约为500亿美元。', '2025-04-10')).toEqual([]);
  });
  it('near misses: the same figure stated bare, or credited to a filing with no moment, is still stale', () => {
    expect(draftFindings('xAI is valued at $50 billion.', '2025-04-10')).toEqual(['$50 billion fact.stale warning']);
    expect(draftFindings('据SEC文件，xAI估值500亿美元。', '2025-04-10')).toEqual(['500亿美元 fact.stale warning']);
  });
});
