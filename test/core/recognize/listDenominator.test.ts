/**
 * A list of prices that closes with its own denominator ("or $30 and $60 per million", "$25 to $30 per
 * GPU") shares that one with its first items: they take no earlier price's denominator, so "$0.06 per 1K
 * output tokens, or $30 and $60 per million" does not read $30 per thousand tokens and call the
 * restatement wrong. A plain coordination still shares forward, and a wrong restatement is still found.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { draftFindings } from '../../helpers/draftFindings';

const perOf = (text: string, figure: string) => recognizeUnchecked(text).find((q) => q.text === figure)?.per;
const MILLION_TOKENS = { amount: 1_000_000, unit: 'token' };

describe('a list closes with its denominator', () => {
  it.each([
    'GPT-4 launched at $0.03 per 1K input tokens and $0.06 per 1K output tokens, or $30 and $60 per million.',
    'GPT-4 cost $0.03 per 1K input tokens and $0.06 per 1K output tokens, i.e. $30 and $60 per million tokens.',
    'Input was $0.03 per 1K tokens and output $0.06 per 1K tokens, or $30 or $60 / 1M tokens.',
  ])('takes no earlier denominator: %s', (text) => {
    expect(perOf(text, '$30')?.amount).not.toBe(1000);
  });

  it('shares a denominator the recogniser reads on the last item', () => {
    expect(perOf('The old prices were $0.03 per 1K tokens; the new ones are $30 and $60 per million tokens.', '$30')).toEqual(MILLION_TOKENS);
  });

  it('still shares forward in a plain coordination', () => {
    expect(perOf('Input costs $0.01 per thousand tokens and output $0.03.', '$0.03')).toEqual({ amount: 1000, unit: 'token' });
  });
});

describe('with the bundled facts', () => {
  it('raises nothing on a correct restatement of two prices', () => {
    expect(draftFindings('GPT-4 launched at $0.03 per 1K input tokens and $0.06 per 1K output tokens, or $30 and $60 per million.', '2024-09-01')).toEqual([]);
  });

  it('still finds a wrong restatement of one price', () => {
    expect(draftFindings('GPT-4 launched at $0.06 per 1K output tokens, or $6 per million output tokens.', '2024-09-01')).toEqual(['$6 arith.token-price error', '$6 fact.wrong-scale warning']);
  });
});
