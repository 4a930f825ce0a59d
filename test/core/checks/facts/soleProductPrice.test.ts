/**
 * A list price with no period, for the one product its sentence names outside the price's clause, is
 * held against the price on record when that price was never changed (o1: $15 input, $60 output;
 * Claude 3 Opus: $15 input, $75 output). o3's prices were cut (output $40, then $8): no verdict. A
 * warning at most. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const flagged = (text: string, date = '2025-08-01') => draftFindings(text, date);
const verdictOf = (text: string, figure: string, date = '2025-08-01') => draftAnalysis(text, date).claims.find((c) => c.quantity.text === figure)?.verdict;

describe('a price the sentence gives its one product, never changed on record', () => {
  it('contradicted when it is no price the product ever had', () => {
    expect(flagged('And o1, the older reasoning model, still lists at $75 per million output tokens, so it rarely wins.')).toEqual([
      '$75 fact.value-mismatch warning',
    ]);
    expect(flagged('For o1, the reasoning model, output runs $80 per million tokens.')).toEqual(['$80 fact.value-mismatch warning']);
    expect(flagged('OpenAI’s o1, the older reasoning model, still lists at $80 per million output tokens.')).toEqual(['$80 fact.value-mismatch warning']);
  });

  it('its other price (input for output) is the wrong metric', () => {
    expect(flagged('Claude 3 Opus, the priciest of the family, charges $15 per million output tokens.')).toEqual(['$15 fact.wrong-metric warning']);
  });

  it('the price with its decimal point moved is a slip of scale (Gemini 1.5 Flash input: $0.075)', () => {
    expect(flagged('Gemini 1.5 Flash, the cheapest tier, now takes $0.75 per million input tokens.', '2024-09-20')).toEqual(['$0.75 fact.wrong-scale warning']);
    expect(flagged('Gemini 1.5 Flash降价后，目前输入每百万tokens 0.75美元。', '2024-09-20')).toEqual(['0.75美元 fact.wrong-scale warning']);
  });

  it('in Chinese', () => {
    expect(flagged('最贵的Claude 3 Opus，输出每百万tokens要15美元，适合要求最高的任务。')).toEqual(['15美元 fact.wrong-metric warning']);
    expect(flagged('o1这款推理模型，输出每百万tokens要80美元。')).toEqual(['80美元 fact.value-mismatch warning']);
  });
});

describe('near misses: left alone', () => {
  it('the price on record', () => {
    expect(verdictOf('And o1, the older reasoning model, still lists at $60 per million output tokens.', '$60')).toBe('supported');
    expect(flagged('最贵的Claude 3 Opus，输出每百万tokens要75美元。')).toEqual([]);
  });

  it('a price that was cut since (an old price is no contradiction without its date)', () => {
    expect(flagged('And o3, the reasoning model, lists at $30 per million output tokens.')).toEqual([]);
    expect(flagged('o3这款推理模型，输出每百万tokens要30美元。')).toEqual([]);
  });

  it('a sentence naming two products (a price list)', () => {
    expect(flagged('Next to GPT-4o, o1, the reasoning model, charges $80 per million output tokens.')).toEqual([]);
    expect(flagged('Unlike Anthropic, o1, the reasoning model, charges $80 per million output tokens.')).toEqual([]);
  });

  it('a sentence that compares with an earlier price', () => {
    expect(flagged('And o1, the reasoning model, lists at $80 per million output tokens, up from $60.')).toEqual([]);
  });

  it('a price not yet on record by the draft’s date', () => {
    expect(flagged('And o1, the reasoning model, lists at $80 per million output tokens.', '2024-06-01')).toEqual([]);
  });
});
