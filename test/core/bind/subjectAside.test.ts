/**
 * A date inside an aside between a sentence's subject and its verb ("Character.AI, valued at $1 billion
 * after a $150 million round in March 2023, saw investors bought out by Google at a $2.5 billion
 * valuation") dates the aside's figures, not the main clause's. Bundled facts: Character.AI's March 2023
 * round ($150M at $1B) and Google's August 2024 buy-out at a $2.5B valuation.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import { subjectAside } from '../../../server/src/core/bind/subjectAside';

const DATE = '2024-12-20';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value.label;

describe('a date in an aside after the subject', () => {
  const text = 'Character.AI, valued at $1 billion after a $150 million round in March 2023, saw investors bought out by Google at a $2.5 billion valuation.';
  it("dates the aside's figures, not the main clause's", () => {
    expect(periodOf(text, '$150 million')).toBe('Mar 2023');
    expect(periodOf(text, '$2.5 billion')).toBeUndefined();
    expect(draftFindings(text, DATE)).toEqual([]);
    const which = 'Character.AI, which was valued at $1 billion after a $150 million round in March 2023, saw investors bought out by Google at a $2.5 billion valuation.';
    expect(periodOf(which, '$2.5 billion')).toBeUndefined();
  });
  it("nor does an earlier sentence's date carry past it", () => {
    const two = `Perplexity raised $74 million in January. ${text}`;
    expect(periodOf(two, '$2.5 billion')).toBeUndefined();
  });
  it('the Chinese shape (a 的-phrase before the name) is already read as the figure\'s own clause', () => {
    const zh = '2023年3月融资1.5亿美元、估值10亿美元的Character.AI，后来被谷歌以25亿美元的估值买断了投资人股份。';
    expect(draftFindings(zh, DATE)).toEqual([]);
  });
});

describe('near misses', () => {
  it('an aside with no figure of its own is left as it was', () => {
    expect(subjectAside('Anthropic, founded in 2021, raised $124 million.', { start: 0, end: 49 })).toBeDefined();
    expect(periodOf('Character.AI, founded in March 2023, raised $150 million.', '$150 million')).toBe('Mar 2023');
  });
  it('a date in the main clause still dates its figures', () => {
    expect(periodOf('Character.AI, valued at $1 billion after a $150 million round, saw investors bought out by Google at a $2.5 billion valuation in August 2024.', '$2.5 billion')).toBe('Aug 2024');
  });
  it('a sentence that opens with no aside keeps the clause rules', () => {
    expect(subjectAside('Character.AI was valued at $1 billion in March 2023, after a $150 million round.', { start: 0, end: 80 })).toBeUndefined();
  });
});
