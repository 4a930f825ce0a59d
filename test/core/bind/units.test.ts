/** The small pieces of binding: clauses, alias and trigger matching, pronouns, fiscal calendars. */
import { describe, expect, it } from 'vitest';
import { clauseSpans } from '../../../server/src/core/bind/clauses';
import { findEntityMentions, findPronouns } from '../../../server/src/core/bind/mentions';
import { findTriggers } from '../../../server/src/core/bind/metrics';
import { findAttributions } from '../../../server/src/core/bind/attribution';
import { fiscalQuarterOf, fiscalQuartersPeriod, fiscalYearPeriod } from '../../../server/src/core/bind/calendar';
import { headingSpans } from '../../../server/src/core/bind/headings';
import { bindClaims } from '../../../server/src/core/bind/index';
import { KB, knowledge, ENTITIES, q } from './helpers';

const all = (t: string) => ({ start: 0, end: t.length });

describe('clauseSpans', () => {
  const clauses = (t: string) => clauseSpans(t, all(t)).map((c) => t.slice(c.start, c.end).trim());
  it('cuts at commas, semicolons and dashes but not inside numbers or at 、', () => {
    expect(clauses('Meta bought 150,000 H100s, and Google 50,000; Oracle — fewer.')).toEqual(['Meta bought 150,000 H100s', 'and Google 50,000', 'Oracle', 'fewer.']);
    expect(clauses('分别有1%、3%、6%的营收来自于此，换算下来分别是2.4亿')).toEqual(['分别有1%、3%、6%的营收来自于此', '换算下来分别是2.4亿']);
  });
  it('cuts before while/whereas and keeps colons and unspaced ranges', () => {
    expect(clauses('The Information said $1.6B while the FT said $2B')).toEqual(['The Information said $1.6B', 'while the FT said $2B']);
    expect(clauses('Price: $25k–$40k per H100')).toEqual(['Price: $25k–$40k per H100']);
  });
});

describe('findEntityMentions', () => {
  const names = (t: string) => findEntityMentions(t, KB).map((m) => `${t.slice(m.start, m.end)}=${m.entity}`);
  it('respects word boundaries for Latin aliases and matches Chinese ones as substrings', () => {
    expect(names('Metaverse spending; Meta spending; 英伟达GTC')).toEqual(['Meta=meta', '英伟达=nvidia']);
    expect(names('H1000 and H100 and GH100')).toEqual(['H100=h100']);
  });
  it('accepts capitals and product plurals, not lower case', () => {
    expect(names('NVIDIA sold A100s; nvidia; OPENAI')).toEqual(['NVIDIA=nvidia', 'A100s=a100', 'OPENAI=openai']);
  });
  it('keeps the longest alias and the possessive', () => {
    expect(names("Azure AI grew; Nvidia's revenue")).toEqual(['Azure AI=azure', 'Nvidia=nvidia']);
  });
  it('drops an alias two entities share', () => {
    const kb = knowledge([...ENTITIES, { id: 'meta-2', kind: 'company', names: { en: ['Meta'], zh: [] } }]);
    expect(findEntityMentions('Meta bought chips', kb)).toEqual([]);
  });
});

describe('findPronouns', () => {
  const pronouns = (t: string) => findPronouns(t, 0, t.length).map((p) => t.slice(p.start, p.end));
  it('finds English and Chinese pronouns', () => {
    expect(pronouns("The company said its revenue grew; it expects more. The firm's plan")).toEqual(['The company', 'its', 'it', 'The firm']);
    expect(pronouns('该公司表示，其营收增长，这家公司和它都很好')).toEqual(['该公司', '其', '这家公司', '它']);
  });
  it('skips words that only contain 其 or 它, and dummy it', () => {
    expect(pronouns('其他公司其实很多，尤其是其中一家，它们和其它')).toEqual([]);
    expect(pronouns("It is expected that it's fine")).toEqual([]);
  });
});

describe('findTriggers', () => {
  const triggers = (t: string) => findTriggers(t, KB).map((m) => `${t.slice(m.start, m.end)}=${m.metric}${m.strong ? '' : '?'}`);
  it('matches lower-case triggers in any case, longest first, with plurals', () => {
    expect(triggers('Annualized revenue and Revenues')).toEqual(['Annualized revenue=revenue.annualized', 'Revenues=revenue']);
  });
  it('keeps a word that selects two metrics once for each, and marks verbs as hints', () => {
    expect(triggers('market cap reached')).toEqual(['market cap=market-cap', 'market cap=market-cap.milestone', 'reached=market-cap.milestone?']);
  });
  it('does not find a trigger inside a longer word', () => {
    expect(triggers('the upshot; revenued')).toEqual([]);
  });
  it('reads a window of a text as the whole text reads it: words cut by its edges are not words', () => {
    const text = 'Its Revenues of $5B and the preRevenue of “of company’s” shares; 营收为50亿美元';
    const inWindow = (from: number, to: number) => findTriggers(text, KB, from, to).map((m) => `${m.start}-${m.end}=${m.metric}`);
    const wholeRead = (from: number, to: number) => findTriggers(text, KB, from, to, text.toLowerCase()).map((m) => `${m.start}-${m.end}=${m.metric}`);
    expect(inWindow(4, 12)).toEqual(['4-12=revenue']);
    for (let from = 0; from < text.length; from += 3) {
      for (const to of [from + 5, from + 9, text.length]) expect(inWindow(from, Math.min(to, text.length))).toEqual(wholeRead(from, Math.min(to, text.length)));
    }
  });
});

describe('findAttributions', () => {
  const attributions = (t: string) => findAttributions(t, all(t), findEntityMentions(t, KB)).map((a) => a.name);
  it('finds known publishers with cues on either side', () => {
    expect(attributions('According to The Information, revenue grew; Omdia estimates shipments')).toEqual(['The Information', 'Omdia']);
    expect(attributions('据《金融时报》报道，彭博社称')).toEqual(['金融时报', '彭博社']);
  });
  it('finds unknown names only after press cues, never people or companies speaking', () => {
    expect(attributions('According to Reuters, it grew')).toEqual(['Reuters']);
    expect(attributions('Analysts estimated growth; Nvidia said so; Jensen Huang said so')).toEqual([]);
    expect(attributions('据《华尔街日报》报道')).toEqual(['华尔街日报']);
  });
  it('ignores a publisher named without a cue', () => {
    expect(attributions('Omdia is a research firm.')).toEqual([]);
  });
  it('reads a publisher whose report is dated between its name and the verb', () => {
    expect(attributions('Omdia this month estimated shipments at 2 million.')).toEqual(['Omdia']);
    expect(attributions('The Information on Friday reported the round.')).toEqual(['The Information']);
    expect(attributions('彭博社本月援引知情人士称')).toEqual(['彭博社']);
  });
  it('never takes a weekday for a publisher, nor a date without a reporting verb', () => {
    expect(attributions('Sales fell; Friday reported sales were lower.')).toEqual([]);
    expect(attributions('Omdia this month counted 2 million units.')).toEqual([]);
    expect(attributions('彭博社本月上涨了5%')).toEqual([]);
  });
});

describe('fiscal calendar', () => {
  it('resolves Microsoft and Nvidia fiscal years', () => {
    expect(fiscalYearPeriod(2024, '06-30')).toEqual({ start: '2023-07-01', end: '2024-06-30', label: 'FY2024' });
    expect(fiscalQuartersPeriod(2024, 1, 1, '06-30')).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(fiscalYearPeriod(2024, '01-28')).toMatchObject({ start: '2023-01-29', end: '2024-01-28' });
    expect(fiscalQuartersPeriod(2024, 4, 4, '01-31')).toMatchObject({ start: '2023-11-01', end: '2024-01-31' });
  });
  it('finds the fiscal quarter of a date', () => {
    expect(fiscalQuarterOf({ y: 2024, m: 3, d: 27 }, '06-30')).toEqual({ fy: 2024, q: 3 });
    expect(fiscalQuarterOf({ y: 2024, m: 3, d: 27 }, '01-31')).toEqual({ fy: 2025, q: 1 });
    expect(fiscalQuarterOf({ y: 2024, m: 3, d: 27 }, undefined)).toEqual({ fy: 2024, q: 1 });
  });
});

describe('headingSpans', () => {
  it('reads ATX and setext headings outside code fences', () => {
    const text = '# Nvidia ##\n\nText\n\nMicrosoft\n---------\n\n```\n# not a heading\n```\n## Q3 2023\n';
    expect(headingSpans(text).map((h) => text.slice(h.start, h.end))).toEqual(['Nvidia', 'Microsoft', 'Q3 2023']);
  });
});

describe('robustness', () => {
  // A backtracking pattern would hang here and hit the runner's test timeout; how binding time grows is
  // measured by `npm run bench` (adversarial inputs), not asserted in a unit test.
  it('binds long pathological input and returns one claim per quantity', () => {
    const kinds = ['# ' + ' '.repeat(50_000) + 'x', 'Revenue ' + 'and '.repeat(20_000), '据'.repeat(30_000), 'The '.repeat(20_000) + 'reported', '1,'.repeat(30_000)];
    for (const text of kinds) {
      const quantity = q('1', text.length - 1, text.length, 'number', 1);
      const claims = bindClaims({ text, quantities: [quantity], sentences: [{ start: 0, end: text.length, lang: 'en' }], paragraphs: [{ start: 0, end: text.length }] }, KB, {});
      expect(claims).toHaveLength(1);
    }
  });
});
