/**
 * "valued Acme at $80 billion and Widget at $33 billion": the second figure is Widget's, a name the fact
 * base does not know, so it binds no entity rather than the sentence's known subject.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim, bind, claimOf, qAt } from './helpers';

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

const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.entity?.value;

describe('a later item of a list of owners and their figures', () => {
  it('"X $A and Y $B": the second figure is the second name\'s', () => {
    const text = 'In October 2024 Microsoft put in $2 billion, SoftBank $500 million and Nvidia $100 million.';
    expect(ownerOf(text, '$2 billion')).toBe('microsoft');
    expect(ownerOf(text, '$500 million')).toBe('softbank');
    expect(ownerOf(text, '$100 million')).toBe('nvidia');
  });

  it('with the verb repeated', () => {
    const text = 'In October 2024 Microsoft invested $2 billion and Nvidia invested $100 million.';
    expect(ownerOf(text, '$100 million')).toBe('nvidia');
  });

  it('an unknown name owns its item, not the known subject', () => {
    expect(ownerOf('In October 2024 Microsoft put in $2 billion and Nimbus $100 million.', '$100 million')).toBeUndefined();
  });

  it('a name with no figure before it is no list item', () => {
    expect(ownerOf('Analysts at Microsoft and Nvidia put in $100 million.', '$100 million')).toBe('microsoft');
  });
});
