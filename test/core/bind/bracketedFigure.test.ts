/**
 * In a list or a ranking of "Name (figure)" items, each figure is the name's right before its bracket
 * (bind/bracketedFigure.ts), however many names the sentence holds.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-01-10';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('"Name (figure)" items', () => {
  const ranking = '按估值从高到低：OpenAI（1570亿美元）> Anthropic（615亿美元）> xAI（500亿美元）。';
  it('the first item', () => expect(entityOf(ranking, '1570亿美元')).toBe('openai'));
  it('a later item after a ranking sign', () => expect(entityOf(ranking, '615亿美元')).toBe('anthropic'));
  it('the last item', () => expect(entityOf(ranking, '500亿美元')).toBe('xai'));
  it('in English, after commas and "and"', () => {
    const text = 'The three most valuable labs: OpenAI ($157 billion), Anthropic ($61.5 billion) and xAI ($50 billion).';
    expect(entityOf(text, '$61.5 billion')).toBe('anthropic');
    expect(entityOf(text, '$50 billion')).toBe('xai');
  });
});

describe('near misses', () => {
  it('a conversion in brackets after a figure is the figure’s owner’s', () => {
    expect(entityOf('Anthropic今年的估值为615亿美元（约4400亿元），高于xAI。', '4400亿元')).toBe('anthropic');
  });
});
