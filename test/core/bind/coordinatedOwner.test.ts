/**
 * "valued Acme at $80 billion and Widget at $33 billion": the second figure is Widget's, a name the fact
 * base does not know, so it binds no entity rather than the sentence's known subject.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

const entityOf = (text: string, needle: string, others: string[] = []) => {
  const figure = qAt(text, needle, 'money');
  return claimOf(bind(text, [figure, ...others.map((o) => qAt(text, o, 'money'))]), figure).entity?.value;
};

describe('a figure priced after a name the base does not know', () => {
  it('belongs to that name, not to the known subject', () => {
    const text = 'The merger valued OpenAI at $90 billion and Nimbus at $12 billion.';
    expect(entityOf(text, '$90 billion', ['$12 billion'])).toBe('openai');
    expect(entityOf(text, '$12 billion', ['$90 billion'])).toBeUndefined();
  });

  it('after a comma too, with a hedge', () => {
    const text = 'Bankers put Cohere at $5 billion, Quillon at about $2 billion.';
    expect(entityOf(text, '$2 billion', ['$5 billion'])).toBeUndefined();
  });

  it('near misses: a known name, a month, a round struck at a valuation', () => {
    const known = 'The deal valued OpenAI at $90 billion and Cohere at $5 billion.';
    expect(entityOf(known, '$5 billion', ['$90 billion'])).toBe('cohere');
    const month = 'Cohere raised $500 million, and in March at $5 billion it raised again.';
    expect(entityOf(month, '$5 billion', ['$500 million'])).toBe('cohere');
    const round = 'Cohere raised $500 million at $5 billion.';
    expect(entityOf(round, '$5 billion', ['$500 million'])).toBe('cohere');
  });
});
