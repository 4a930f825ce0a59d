/**
 * How far a credit reaches (bind/attributionScope.ts). A credit that opens a clause ("according to X,",
 * 据X, "X reported that", X称) vouches for the figures after it, not for those the sentence wrote before
 * it; one with no figure after it looks back, as an afterthought does.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-06-01';
const credit = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.attribution?.value;

/** [how the clause opens, sentence, figure before the credit, figure after it, the credit]. */
const OPENING: [string, string, string, string, string][] = [
  ['after a semicolon', 'Microsoft put $1 billion into OpenAI in 2019; according to Bloomberg, it has invested about $13 billion in all.', '$1 billion', '$13 billion', 'Bloomberg'],
  ['after "and"', 'Nvidia booked $30 billion of revenue last quarter, and according to Reuters about $4 billion of it came from China.', '$30 billion', '$4 billion', 'Reuters'],
  ['a publisher and its reporting verb', 'The round raised $6.6 billion, and Bloomberg reported that the valuation was $157 billion.', '$6.6 billion', '$157 billion', 'Bloomberg'],
  ['after a dash', 'Capex reached $50 billion in 2024 — Reuters estimates it will hit $75 billion this year.', '$50 billion', '$75 billion', 'Reuters'],
  ['after a colon, with "per"', 'Revenue was $3.7 billion last year: per Bloomberg, this year it should reach $11.6 billion.', '$3.7 billion', '$11.6 billion', 'Bloomberg'],
  ['据X after a semicolon', '微软2019年向OpenAI投资10亿美元；据彭博社统计，累计投资约130亿美元。', '10亿美元', '130亿美元', '彭博社'],
  ['据X after a comma', '英伟达上季度营收300亿美元，据路透社报道，其中约40亿美元来自中国。', '300亿美元', '40亿美元', '路透社'],
  ['X称 opening a clause', '该轮融资66亿美元，彭博社称，投后估值达到1570亿美元。', '66亿美元', '1570亿美元', '彭博社'],
  ['after a connective (而据X)', '2024年资本开支为500亿美元，而据彭博社估算，今年将达到750亿美元。', '500亿美元', '750亿美元', '彭博社'],
  ['X报道称 after a comma', 'OpenAI去年收入37亿美元，路透社报道称，今年目标为116亿美元。', '37亿美元', '116亿美元', '路透社'],
  ['after "and", a fronted date and the name\'s article', 'The startup raised $300 million at a $3 billion valuation in May 2023, and in April 2024 the Financial Times reported it was seeking $1 billion.', '$3 billion', '$1 billion', 'Financial Times'],
  ['after a fronted date (X报道称)', '该公司2023年5月融资3亿美元，2024年4月路透社报道称，它正寻求融资10亿美元。', '3亿美元', '10亿美元', '路透社'],
  ['而, a fronted date and 据《X》', '该公司2023年5月融资3亿美元，而2024年4月据《金融时报》报道，它正寻求融资10亿美元。', '3亿美元', '10亿美元', '金融时报'],
  ['a coordinated "and told X"', 'Cohere raised $500 million at a $5.5 billion valuation and told Reuters it expects revenue of $100 million this year.', '$5.5 billion', '$100 million', 'Reuters'],
  ['"and later told X that"', 'The startup closed a $640 million round and later told Bloomberg that sales would reach $2 billion.', '$640 million', '$2 billion', 'Bloomberg'],
  ['"and told the X that"', 'Mistral raised €600 million in June and told the Financial Times that it would spend €1 billion on chips.', '€600 million', '€1 billion', 'Financial Times'],
  ['并对X表示', 'Cohere融资5亿美元，估值55亿美元，并对路透社表示，今年收入有望达到1亿美元。', '55亿美元', '1亿美元', '路透社'],
  ['after a semicolon, the name\'s article and "put"', 'Acme ran at $1.2 billion a year in March; the Financial Times put the same month at $1.5 billion.', '$1.2 billion', '$1.5 billion', 'Financial Times'],
  ['还向X称', '该公司完成6.4亿美元融资，还向彭博社称，年底销售额将达20亿美元。', '6.4亿美元', '20亿美元', '彭博社'],
];

/** [why it still looks back or covers the figure, sentence, figure, the credit]. */
const COVERED: [string, string, string, string][] = [
  ['a credit closing its sentence', 'OpenAI reached $3.7 billion of revenue in 2024, according to Bloomberg.', '$3.7 billion', 'Bloomberg'],
  ['a name and verb closing the sentence', "Nvidia's data-center revenue was $18.4 billion, Reuters reported.", '$18.4 billion', 'Reuters'],
  ['an aside set off by commas', 'The startup raised $640 million at a $2.8 billion valuation, Bloomberg reported, up from $1 billion a year earlier.', '$640 million', 'Bloomberg'],
  ['an aside with "said"', 'Revenue hit $5 billion, Reuters said, twice the $2.5 billion of a year before.', '$5 billion', 'Reuters'],
  ['a credit opening the sentence', 'According to Bloomberg, Microsoft has invested $13 billion in OpenAI.', '$13 billion', 'Bloomberg'],
  ['a credit inside the clause, not opening it', 'Microsoft has invested $13 billion in OpenAI according to Bloomberg, more than anyone.', '$13 billion', 'Bloomberg'],
  ['X报道称 closing the sentence', 'OpenAI去年收入37亿美元，路透社报道称。', '37亿美元', '路透社'],
  ['据X closing the sentence', '微软累计向OpenAI投资约130亿美元，据彭博社统计。', '130亿美元', '彭博社'],
  ['据X opening the sentence', '据彭博社报道，微软累计向OpenAI投资约130亿美元。', '130亿美元', '彭博社'],
  ['a fronted date with the credit closing the sentence', 'The startup raised $300 million in May 2023, and in April 2024 it sought $1 billion, the Financial Times reported.', '$300 million', 'Financial Times'],
  ['the subject told X, not a coordinated clause', 'Cohere told Reuters it raised $500 million at a $5.5 billion valuation.', '$5.5 billion', 'Reuters'],
  ['an afterthought "it told X"', 'Cohere raised $500 million at a $5.5 billion valuation, it told Reuters.', '$5.5 billion', 'Reuters'],
  ['X表示 after the subject, not 并对X', 'Cohere对路透社表示，公司融资5亿美元，估值55亿美元。', '55亿美元', '路透社'],
  ['"the X reported" closing its sentence', 'Acme ran at $1.2 billion a year in March, the Financial Times reported.', '$1.2 billion', 'Financial Times'],
  // With a comma before "and" the clause is coordinated and the credit stays in it (laterClauseCredit.test.ts).
  ['a subject, not a date, before the name', 'The startup raised $300 million in May 2023 and rivals of the Financial Times reported it was seeking $1 billion.', '$300 million', 'Financial Times'],
];

describe('a credit that opens a clause covers what follows it, not the figures before it', () => {
  it.each(OPENING)('%s', (_how, text, before, after, publisher) => {
    expect(credit(text, before)).toBeUndefined();
    expect(credit(text, after)).toBe(publisher);
  });
});

describe('near misses: the credit still covers the figure', () => {
  it.each(COVERED)('%s', (_why, text, figure, publisher) => {
    expect(credit(text, figure)).toBe(publisher);
  });
});

describe('no misplaced credit on a figure the credit does not cover', () => {
  it.each([
    ['Chinese', '微软2019年首次向OpenAI投资10亿美元，2023年1月再投100亿美元；据彭博社统计，累计投资约130亿美元。'],
    ['English', 'Microsoft first put $1 billion into OpenAI in 2019 and $10 billion in January 2023; according to Bloomberg, it has invested about $13 billion in all.'],
  ])('%s', (_lang, text) => {
    expect(flagged(text, '2025-03-01').filter((f) => f.endsWith('fact.misattributed'))).toEqual([]);
  });
});

describe('a cue and name set off by commas closes the clause before it', () => {
  const text = 'In August 2024 Google paid roughly $2.7 billion for Character.AI, per the WSJ, and bought investors out at a $2.5 billion valuation.';
  it('credits the figure before the aside', () => {
    expect(credit(text, '$2.7 billion')).toBe('WSJ');
  });
  it('does not credit the next coordinated clause', () => {
    expect(credit(text, '$2.5 billion')).toBeUndefined();
    expect(flagged(text, DATE)).toEqual([]);
  });
  it('a credit opening its clause still covers what follows', () => {
    expect(credit('Google paid for Character.AI in August 2024; per the WSJ, the deal was worth roughly $2.7 billion.', '$2.7 billion')).toBe('WSJ');
  });
});
