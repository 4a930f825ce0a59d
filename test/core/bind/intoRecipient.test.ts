/**
 * Money put "into" a named recipient is an investment in it (bind/intoRecipient.ts, `verbsInto` in
 * data/metrics.yaml): the verb touches the amount and a known name follows "into" right after it.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-12-01')?.metric?.value;

describe('an amount put into a named recipient is an investment', () => {
  it('put, poured, pumped, with fillers between the verb and the amount', () => {
    expect(metricOf('By then Microsoft had already put about $13 billion into OpenAI.', '$13 billion')).toBe('investment');
    expect(metricOf('Nvidia poured another $2 billion into xAI over the summer.', '$2 billion')).toBe('investment');
    expect(metricOf('Google has pumped roughly $3 billion into Anthropic since 2023.', '$3 billion')).toBe('investment');
  });

  it('not without a named recipient, nor when "put" means an estimate', () => {
    expect(metricOf('Funds put some $300 billion into AI start-ups last year.', '$300 billion')).not.toBe('investment');
    expect(metricOf('One analyst put the bill at $40 billion for the year.', '$40 billion')).not.toBe('investment');
    expect(metricOf('The survey put $5 billion of spending in Europe.', '$5 billion')).not.toBe('investment');
  });

  it('not when the verb is far from the amount', () => {
    expect(metricOf('Microsoft put its chips on a lab that later raised $6 billion into OpenAI-style rounds.', '$6 billion')).not.toBe('investment');
  });
});
