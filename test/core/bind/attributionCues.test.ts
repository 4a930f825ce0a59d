/**
 * Which phrases credit a publisher (bind/attribution.ts) and which figures a credit covers: the
 * publisher the speaker told ("told Bloomberg"), the one that broke or cited a figure, a credit in the
 * noun phrase after its cue ("according to a Bloomberg tally", "by PitchBook's count"), a participle aside
 * between the name and its verb, and a credit in brackets beside a figure or in a table row's label.
 * Sentences are made up; the bundled fact base knows the publishers by name.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const credit = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.attribution?.value;

describe('phrases that credit a publisher', () => {
  it.each([
    ['the outlet a speaker told', "The chip maker's chief executive told Bloomberg that revenue would reach $9 billion this year.", '$9 billion', 'Bloomberg'],
    ['the outlet a speaker told, with its article', 'Its founder told the Financial Times that the company burned $2 billion last year.', '$2 billion', 'Financial Times'],
    ['a publisher that broke the story', 'The $40 billion contract, which Reuters broke in March, runs for four years.', '$40 billion', 'Reuters'],
    ['figures a publisher cited', 'The app was downloaded 3.1 million times by Monday, according to figures Reuters cited.', '3.1 million times', 'Reuters'],
    ['a publisher’s tally after "according to a"', 'Amazon spent about $83 billion on capital projects in 2024, according to a Bloomberg tally.', '$83 billion', 'Bloomberg'],
    ['a publisher’s count after "by"', 'The startup trades at roughly 60 times revenue, by PitchBook’s count.', '60 times', 'PitchBook'],
    ['a participle aside between the name and its verb', 'Bloomberg, working from analysts’ estimates, put the cloud unit’s AI revenue at around $700 million.', '$700 million', 'Bloomberg'],
    ['an aside with "citing"', 'Reuters, citing people familiar with the talks, reported that the lab raised $3 billion.', '$3 billion', 'Reuters'],
    ['a publisher in brackets after the figure', 'HBM took 15% of DRAM industry revenue last year (Counterpoint est.).', '15%', 'Counterpoint'],
    ['a source in brackets', 'Shipments reached 2.5 million units in 2024 (source: IDC).', '2.5 million', 'IDC'],
    ['a Chinese credit in brackets', '2024年HBM占DRAM行业收入的15%（集邦咨询估算）。', '15%', '集邦咨询'],
    ['a Chinese publisher that disclosed a plan', '该公司2025年超过900亿元的资本开支计划，最早是《金融时报》在今年2月披露的。', '900亿元', '金融时报'],
    ['"per the" before a publisher', 'The lab burned about $5 billion last year, per the Financial Times.', '$5 billion', 'Financial Times'],
    ['"Per the" opening the sentence', 'Per the Financial Times, the lab burned about $5 billion last year.', '$5 billion', 'Financial Times'],
    ['"according to the" before a publisher', 'The lab burned about $5 billion last year, according to the Financial Times.', '$5 billion', 'Financial Times'],
    ['"citing the" before a publisher', 'The lab burned about $5 billion last year, citing the Financial Times.', '$5 billion', 'Financial Times'],
    ['"per" before a publisher without an article', 'The lab burned about $5 billion last year, per Reuters.', '$5 billion', 'Reuters'],
    ['analysts a publisher cited', 'The best guess came from analysts cited by Reuters: about $700 million of cloud AI revenue.', '$700 million', 'Reuters'],
    ['a publisher quoting someone', 'A figure of about $700 million, quoted by the Financial Times, is the one most decks use.', '$700 million', 'Financial Times'],
    ['"then" between the publisher and its verb', 'Reuters then estimated the lab’s revenue at roughly $700 million.', '$700 million', 'Reuters'],
    ['the publisher a writer names for a report (X发布的《Y》)', '据国际数据公司发布的《全球人工智能支出指南》，今年全球AI支出将达到3000亿美元。', '3000亿美元', '国际数据公司'],
  ])('%s', (_why, text, figure, name) => {
    expect(credit(text, figure)).toBe(name);
  });
});

describe('what those credits do not cover', () => {
  it('a bracketed credit vouches for the figure it follows, not for one after its bracket', () => {
    const text = "Nvidia's quarterly revenue was $35 billion (Bloomberg est.) and AMD's $7 billion.";
    expect(credit(text, '$35 billion')).toBe('Bloomberg');
    expect(credit(text, '$7 billion')).toBeUndefined();
  });

  it('a speaker telling someone who is no publisher credits no one', () => {
    expect(credit('The chief executive told investors that revenue would reach $9 billion this year.', '$9 billion')).toBeUndefined();
  });

  it('a publisher named in brackets that are no credit ("(including Bloomberg)") is not one', () => {
    expect(credit('Media groups (including Bloomberg and Reuters) spent $2 billion on data licences in 2024.', '$2 billion')).toBeUndefined();
  });
});

describe('a credit in brackets in a table', () => {
  it("in the row's label covers the row's figures", () => {
    const table = ['| Memory | Measure | Value |', '|---|---|---|', '| HBM | share of DRAM revenue, 2024 (Counterpoint est.) | 15% |'].join('\n');
    expect(credit(table, '15%')).toBe('Counterpoint');
  });

  it("in the column's header covers the column's figures", () => {
    const table = ['| Vendor | Share (IDC est.) |', '|---|---|', '| Nvidia | 80% |'].join('\n');
    expect(credit(table, '80%')).toBe('IDC');
  });

  it("in another figure's cell covers only that figure", () => {
    const table = ['| Vendor | Revenue | Share |', '|---|---|---|', '| Nvidia | $35 billion (Bloomberg est.) | 80% |'].join('\n');
    expect(credit(table, '$35 billion')).toBe('Bloomberg');
    expect(credit(table, '80%')).toBeUndefined();
  });
});
