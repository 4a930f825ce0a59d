/**
 * A date fronted in a clause of its own ("目前，…", "as of today, …") is the time of the clause right after
 * it, as much as a date inside that clause (claimSentence.ts frontedAdverbial): so a present-tense
 * figure there is judged as the current level even when the sentence opens with another date ("二月速览：",
 * "February recap:"), and an older figure is stale. Bundled facts: the Gemini app had about 650M monthly
 * users at the end of September 2025 and about 750M at the end of 2025 (reported February 2026).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2026-02-20';

describe('a fronted date governs the clause after it', () => {
  it('Chinese: 目前， before the figure’s clause makes an older figure stale despite the heading date', () => {
    expect(draftFindings('二月速览：目前，Gemini应用的月活约为6.5亿。', DATE)).toEqual(['6.5亿 fact.stale warning']);
  });

  it('English: "as of today," before the figure’s clause does the same', () => {
    expect(draftFindings('February recap: as of today, the Gemini app counts 650 million monthly users.', DATE)).toEqual([
      '650 million monthly users fact.stale warning',
    ]);
  });

  it('the current figure stays silent', () => {
    expect(draftFindings('二月速览：目前，Gemini应用的月活约为7.5亿。', DATE)).toEqual([]);
    expect(draftFindings('February recap: as of today, the Gemini app counts 750 million monthly users.', DATE)).toEqual([]);
  });

  it('near miss: a fronted past date dates the figure to then, and it is right for then', () => {
    expect(draftFindings('二月速览：去年9月底，Gemini应用的月活约为6.5亿。', DATE)).toEqual([]);
    expect(draftFindings('February recap: at the end of last September, the Gemini app counted 650 million monthly users.', DATE)).toEqual([]);
  });

  it('near miss: a present marker inside another clause of the sentence is not the figure’s', () => {
    expect(draftFindings('The Gemini app counted 650 million monthly users in September 2025, and today it is bigger still.', DATE)).toEqual([]);
  });
});
