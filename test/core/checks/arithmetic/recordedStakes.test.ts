/**
 * The stake a round sold, when the draft states the stake but not the round: the round's raise and
 * valuation come from the fact base (recordedRound.ts). Positive cases, consistent ones, and look-alikes
 * that must stay silent: a holding, an unnamed company among several, no date, a stated round.
 */
import { describe, it } from 'vitest';
import { runFactOperandCase, type FactOperandCase as Case } from './factOperandCase';

describe('stake sold in the latest recorded round', () => {
  it.each<[string, Case]>([
    ['en a company sold part of itself, wrong', { text: 'Databricks sold a tenth of itself.', date: '2024-12-20', flagged: ['a tenth'] }],
    ['en a company sold part of itself, right', { text: 'Databricks sold about 16% of itself.', date: '2024-12-20', consistent: ['16%'] }],
    ['en new investors bought, right', { text: "OpenAI's new investors bought about 4.2% of the company.", date: '2024-12-20', consistent: ['4.2%'] }],
    ['en new investors bought, wrong', { text: "OpenAI's new investors bought about 8% of the company.", date: '2024-12-20', flagged: ['8%'] }],
    ['zh new investors got, wrong', { text: '# Mistral一年\n\nB轮新投资人获得了约15%的股份。', date: '2024-06-20', flagged: ['15%'] }],
    ['zh new investors got, right', { text: '# Mistral一年\n\nB轮新投资人获得了约10%的股份。', date: '2024-06-20', consistent: ['10%'] }],
    ['zh company sold, wrong', { text: 'Databricks出让了约30%的股份。', date: '2024-12-20', flagged: ['30%'] }],
    // Look-alikes.
    ['en a holding is not a stake sold', { text: 'Microsoft owns 49% of the company.', date: '2024-12-20' }],
    ['en a buyer is not the seller', { text: 'Databricks bought 30% of the company.', date: '2024-12-20' }],
    ['en no document date: which round is unknown', { text: 'Databricks sold a tenth of itself.' }],
    ['en no recent round: nothing to compare', { text: 'Databricks sold a tenth of itself.', date: '2021-01-10' }],
    ['en the clause names no company and the sentence names two', { text: 'Anthropic and OpenAI both raised; the lab sold 30% of itself.', date: '2024-12-20' }],
  ])('%s', (_n, c) => runFactOperandCase('arith.ratio', c));
});
