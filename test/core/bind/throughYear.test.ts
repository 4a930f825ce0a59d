/**
 * A flow counted up to a year ("through 2029", "until 2027") is no figure of that year: it gets no
 * period, while a flow "in 2029" still does, and a level "by 2025" keeps its date. (One forecast now,
 * "expects … through 2029", counts from the document's year: projectedThrough.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

function periodOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  return claimOf(bind(text, [q], '2025-09-20'), q).period?.value.label;
}

describe('a running count up to a year', () => {
  it.each([
    'Nvidia had modelled revenue of $115 billion through 2029.',
    'Nvidia put revenue at $115 billion until 2029.',
    'Nvidia modelled revenue of $115 billion till 2029.',
    'Through 2029, Nvidia expects revenue of $115 billion.',
  ])('dates no flow: %s', (sentence) => {
    expect(periodOf(sentence, '$115 billion')).toBeUndefined();
  });

  it('still dates a flow in the year', () => {
    expect(periodOf('Nvidia expects revenue of $115 billion in 2029.', '$115 billion')).toBe('2029');
  });
});

describe('with the bundled facts', () => {
  it('raises nothing on a correct cumulative burn', () => {
    expect(flagged('OpenAI expects to burn $115 billion of cash through 2029, according to The Information.', '2025-09-20')).toEqual([]);
  });

  it('still flags the running total stated as one year\'s', () => {
    expect(flagged('OpenAI expects to burn $115 billion of cash in 2029.', '2025-09-20')).toEqual(['$115 billion fact.wrong-period']);
  });
});

describe('a running count up to a year, in Chinese', () => {
  it.each(['英伟达到2029年累计收入约1150亿美元。', '英伟达累计到2029年收入约1150亿美元。', '英伟达截至2029年为止合计收入约1150亿美元。'])('dates no flow: %s', (sentence) => {
    expect(periodOf(sentence, '1150亿美元')).toBeUndefined();
  });

  it('near misses: 到 alone sets a target year, and 至 closing a range of years is not "up to"', () => {
    expect(periodOf('英伟达预计到2029年收入约1150亿美元。', '1150亿美元')).toBe('2029');
    expect(periodOf('英伟达预计2025年至2029年累计收入约1150亿美元。', '1150亿美元')).toBeDefined();
  });

  it('no longer flags the correct cumulative total', () => {
    expect(flagged('OpenAI预计到2029年累计烧钱约1150亿美元。', '2025-09-20')).toEqual([]);
  });
});
