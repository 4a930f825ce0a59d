/**
 * A level stated in the present tense ("Nvidia is worth $2 trillion", "OpenAI is valued at $157
 * billion") holds on the document's date: an older figure is out of date, and a date that belongs to
 * another figure of the sentence does not make it a wrong period. With the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftFindings } from '../../../helpers/draftFindings';
import { flaggedClaim } from '../../bind/flaggedClaim';

describe('a level in the present tense is the level at the document\'s date', () => {
  it('calls an old market cap stale, not a wrong period, when the date in the sentence is another figure\'s', () => {
    expect(flagged('Nvidia is worth $2 trillion, roughly; its first close above $3 trillion was 5 June 2024.', '2025-03-01')).toEqual(['$2 trillion fact.stale']);
    expect(flagged('Nvidia first closed above $3 trillion on 5 June, and the line that Nvidia is worth about $2 trillion is out of date.', '2024-07-10')).toEqual(['$2 trillion fact.stale']);
  });

  it('leaves a date that follows another figure of the clause to that figure', () => {
    expect(flagged('OpenAI is valued at $157 billion and keeps raising: the March round brought in $40 billion.', '2025-11-01')).toEqual(['$157 billion fact.stale']);
  });

  it('does the same for a present marker in the number\'s own clause (Chinese)', () => {
    expect(flagged('英伟达目前市值约2万亿美元,2024年6月5日首次收盘突破3万亿美元。', '2025-03-01')).toEqual(['2万亿美元 fact.stale']);
  });

  it('keeps a date written for the level itself', () => {
    expect(flagged('Nvidia is worth $3 trillion as of 5 June 2024.', '2025-03-01')).toEqual([]);
    expect(flagged('Nvidia was worth $2 trillion on 1 March 2024.', '2025-03-01')).toEqual([]);
  });

  it('does not date a flow in the present tense ("revenue is $60.9 billion")', () => {
    expect(flagged('Nvidia revenue is $60.9 billion for fiscal 2024.', '2025-03-01')).toEqual([]);
  });

  it('supports the current figure', () => {
    expect(flagged('xAI raised $6 billion in December. xAI is valued at $50 billion.', '2024-12-20')).toEqual([]);
  });
});

describe('a level held in the present ("has", "still has", "remains") is the level at the document\'s date', () => {
  it('calls an old user count stale, reading comparisons only in the number\'s own clause', () => {
    expect(flagged('ChatGPT has about 300 million weekly users, and most of its revenue comes from the Plus plan.', '2025-07-15')).toEqual(['300 million weekly users fact.stale']);
    expect(flagged('ChatGPT still has 300 million weekly users, against 100 million a year before.', '2025-07-15')).toEqual(['300 million weekly users fact.stale']);
  });

  it('supports the figure current at the document\'s date, and an old one before the newer was known', () => {
    expect(flagged('ChatGPT has 500 million weekly users, and most of its revenue comes from the Plus plan.', '2025-05-01')).toEqual([]);
    expect(flagged('ChatGPT has 300 million weekly users, and most of its revenue comes from the Plus plan.', '2025-01-10')).toEqual([]);
  });

  it('is no present after a modal, in the past tense, or beside a date no other figure owns', () => {
    expect(flagged('OpenAI said ChatGPT would have 300 million weekly users by the end of the year.', '2025-07-15')).toEqual([]);
    expect(flagged('In December ChatGPT had 300 million weekly users, and most of its revenue came from the Plus plan.', '2025-07-15')).toEqual([]);
    expect(flagged('ChatGPT has 300 million weekly users, a figure OpenAI gave in December.', '2025-07-15')).toEqual([]);
  });
});

describe('a stake before a recapitalisation is filed the day before it (Microsoft: 32.5% until 2025-10-28, then ~27%)', () => {
  it('so the old stake stated "now" is stale (English and Chinese)', () => {
    expect(flagged('Microsoft now holds about 32.5% of the new OpenAI Group.', '2025-11-15')).toEqual(['32.5% fact.stale']);
    expect(flagged('微软目前持有OpenAI约32.5%的股份。', '2025-11-15')).toEqual(['32.5% fact.stale']);
  });

  it('while the new stake, or the old one dated before the deal, is not', () => {
    expect(flagged('微软目前持有OpenAI约27%的股份。', '2025-11-15')).toEqual([]);
    expect(flagged('Before the October recapitalisation, Microsoft held 32.5% of OpenAI.', '2025-11-15')).toEqual([]);
  });
});

describe('an old level stated as now, its owner named in the sentence before', () => {
  it('is out of date when its own clause says now (English)', () => {
    const text = 'Nvidia had a remarkable year. The company, now worth about $1 trillion, sells most of its chips to a few buyers.';
    expect(draftFindings(text, '2024-04-15')).toEqual(['$1 trillion fact.stale warning']);
  });

  it('is out of date when its own clause says 眼下 (Chinese)', () => {
    expect(draftFindings('英伟达这一年势头强劲。该公司眼下的市值约1万亿美元，已是全球前列。', '2024-04-15')).toEqual(['1万亿美元 fact.stale warning']);
  });

  it('near miss: the level of the draft\'s date is not flagged, in either language', () => {
    expect(draftFindings('Nvidia had a remarkable year. The company, now worth about $2 trillion, sells most of its chips to a few buyers.', '2024-04-15')).toEqual([]);
    expect(draftFindings('英伟达这一年势头强劲。该公司眼下的市值约2万亿美元，已是全球前列。', '2024-04-15')).toEqual([]);
  });

  it('ambiguous: without a present word in its clause the undated figure stays a note', () => {
    expect(draftFindings('Nvidia had a remarkable year. The company was worth about $1 trillion and sells most of its chips to a few buyers.', '2024-04-15')).toEqual([]);
    expect(draftFindings('英伟达这一年势头强劲。该公司的市值约1万亿美元，已是全球前列。', '2024-04-15')).toEqual([]);
  });
});

describe('a valuation called the latest ("last valued at", "latest valuation of", "the current … post-money") is the level at the document\'s date', () => {
  it('calls an old valuation stale although "last" is written (no comparison: it says the most recent)', () => {
    expect(flagged('Groq, a chip start-up last valued at $2.8 billion, wants more cash.', '2025-12-01')).toEqual(['$2.8 billion fact.stale']);
    expect(flagged('The lab was useful to watch: OpenAI\'s latest valuation of $157 billion set the bar.', '2025-06-01')).toEqual(['$157 billion fact.stale']);
    expect(flagged('We still carry OpenAI at the current $157 billion post-money in our book.', '2025-06-01')).toEqual(['$157 billion fact.stale']);
  });

  it('binds the document\'s date to it', () => {
    const { claim } = flaggedClaim('Groq, a chip start-up last valued at $2.8 billion, wants more cash.', '$2.8 billion', '2025-12-01');
    expect(claim?.period).toMatchObject({ how: 'document', value: { start: '2025-12-01', end: '2025-12-01' } });
  });

  it('supports the newest valuation, and an old one written before the newer was known', () => {
    expect(flagged('Groq, a chip start-up last valued at $6.9 billion, wants more cash.', '2025-12-01')).toEqual([]);
    expect(flagged('Groq, a chip start-up last valued at $2.8 billion, wants more cash.', '2025-01-15')).toEqual([]);
  });

  it('leaves a valuation its own clause dates, and "the current" before no valuation word', () => {
    expect(flagged('Groq was last valued at $2.8 billion in August 2024.', '2025-12-01')).toEqual([]);
    expect(flaggedClaim('Shares trade at the current $157 billion level.', '$157 billion', '2025-06-01').claim?.period?.how).not.toBe('document');
  });
});

describe('a valuation called the latest in Chinese (最新估值, 最新一轮估值) is the level at the document\'s date', () => {
  it('calls an old valuation stale and supports the newest one', () => {
    expect(flagged('Groq最新估值28亿美元，仍是芯片创业公司里的高位。', '2025-12-01')).toEqual(['28亿美元 fact.stale']);
    expect(flagged('据报道，Groq最新一轮估值为69亿美元。', '2025-12-01')).toEqual([]);
  });

  it('is no present marker for a round set up as the subject of a comparison (最新一轮的估值是…倍)', () => {
    const { claim } = flaggedClaim('Groq最新一轮的估值是一年前的约2.5倍。新投资人以5亿美元换得约3.6%的股份。', '3.6%', '2025-12-01');
    expect(claim).toBeDefined();
    expect(claim?.period?.how).not.toBe('document');
  });

  it('yields to a date written right before 最新: as of then it was the latest', () => {
    const { claim, verdicts } = flaggedClaim('Groq在2024年8月的最新估值为28亿美元。', '28亿美元', '2025-12-01');
    expect(claim?.period?.value).toMatchObject({ start: '2024-08-01', end: '2024-08-31' });
    expect(verdicts).toEqual([]);
  });
});

describe('a valuation set off beside the name before a present-tense verb ("Groq, valued at $2.8 billion, is …")', () => {
  it('is the level at the document\'s date, whatever dates other clauses write', () => {
    expect(flagged('Groq, valued at $2.8 billion, is the chip name we hear most; it was founded in 2016.', '2025-12-01')).toEqual(['$2.8 billion fact.stale']);
    expect(flagged('Groq (valued at $2.8 billion) sells inference capacity by the token.', '2025-12-01')).toEqual(['$2.8 billion fact.stale']);
  });

  it('is that moment\'s with a past verb after it, and current when it is the newest', () => {
    expect(flaggedClaim('Groq, valued at $2.8 billion, was the chip name we heard most.', '$2.8 billion', '2025-12-01').claim?.period?.how).not.toBe('document');
    expect(flagged('Groq, valued at $6.9 billion, is the chip name we hear most.', '2025-12-01')).toEqual([]);
  });
});
