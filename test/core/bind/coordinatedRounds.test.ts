/**
 * Two rounds coordinated in one clause repeat one frame, "A at B in <date> and C at D <date>": each
 * pair's first sum is the money raised and its second the valuation (bind/roundTerms.ts), and each pair
 * takes the date written inside its own conjunct, even after its second sum, not the first pair's date
 * that stands nearer in characters (bind/conjunctDate.ts). A draft of February 2026, with the bundled
 * facts (Groq raised $640M at $2.8B in August 2024 and $750M at about $6.9B in September 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';
import { bind, claimOf, qAt } from './helpers';

const DATE = '2026-02-10';
const EN = 'For context, Groq raised $640 million at a $2.8 billion valuation in August 2024 and $750 million at about $6.9 billion last September.';
const ZH = 'Groq于2024年8月以28亿美元估值融资6.4亿美元，去年9月又以69亿美元估值融资7.5亿美元。';

function reading(text: string, figure: string): [string | undefined, string | undefined] {
  const { claim } = flaggedClaim(text, figure, DATE);
  return [claim?.metric?.value, claim?.period?.value.start];
}

describe('coordinated rounds each take their own roles and date', () => {
  it('the second pair is an amount raised and a valuation, dated by its own "last September"', () => {
    expect(reading(EN, '$750 million')).toEqual(['funding.raised', '2025-09-01']);
    expect(reading(EN, '$6.9 billion')).toEqual(['valuation', '2025-09-01']);
  });

  it('the first pair keeps its roles and its date', () => {
    expect(reading(EN, '$640 million')).toEqual(['funding.raised', '2024-08-01']);
    expect(reading(EN, '$2.8 billion')).toEqual(['valuation', '2024-08-01']);
  });

  itIsSilent(
    [
      [EN, '$750 million'],
      [EN, '$640 million'],
      ['Groq raised $640 million at a $2.8 billion post-money valuation in August 2024 and then $750 million at $6.9 billion in September 2025.', '$750 million'],
      // No verb: the first pair is a round's terms by its round or valuation word, and the second repeats that frame.
      ['Groq took $640 million in a Series D at $2.8 billion in August 2024 and $750 million at about $6.9 billion last September.', '$750 million'],
      ['Groq took $640 million at a $2.8 billion valuation in August 2024 and $750 million at about $6.9 billion last September.', '$750 million'],
      // A date written before the later amount, in its own clause, is still that amount's.
      ['Groq raised $640 million at $2.8 billion in August 2024 and, in September 2025, another $750 million.', '$750 million'],
      [ZH, '7.5亿美元'],
      [ZH, '6.4亿美元'],
    ],
    DATE,
  );

  it('Chinese: each clause keeps its own date and roles', () => {
    expect(reading(ZH, '7.5亿美元')).toEqual(['funding.raised', '2025-09-01']);
    expect(reading(ZH, '69亿美元')).toEqual(['valuation', '2025-09-01']);
    expect(reading(ZH, '6.4亿美元')).toEqual(['funding.raised', '2024-08-01']);
  });

  it('still flags a wrong amount in the second round (English and Chinese)', () => {
    expect(flaggedClaim(EN.replace('$750 million', '$850 million'), '$850 million', DATE).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim(ZH.replace('7.5亿美元', '8.5亿美元'), '8.5亿美元', DATE).verdicts).toEqual(['contradicted']);
  });

  it('still flags the second round dated a year off by its own date', () => {
    const text = 'Groq raised $640 million at a $2.8 billion valuation in August 2024 and $750 million at about $6.9 billion in September 2024.';
    expect(flaggedClaim(text, '$750 million', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('near misses: dates that are not the conjunct\'s own', () => {
  it('a comparison\'s starting point in the later conjunct does not date it ("and 22% from the third quarter")', () => {
    const text = 'In the fourth quarter of fiscal 2024, Nvidia revenue was up 265% from a year earlier and 22% from the third quarter.';
    const qs = [qAt(text, '265%', 'percent'), qAt(text, '22%', 'percent')];
    expect(claimOf(bind(text, qs), qs[1]).period?.value.label).toMatch(/Q4/);
  });

  it('a conjunct that writes no date is left to the nearest date, as before', () => {
    const text = 'Mistral raised $500 million at $4 billion in 2023 and then $1.5 billion at $20 billion.';
    const qs = ['$500 million', '$4 billion', '$1.5 billion', '$20 billion'].map((f) => qAt(text, f, 'money'));
    const claims = bind(text, qs);
    expect(claimOf(claims, qs[2]).period?.value.start).toBe('2023-01-01');
  });
});

describe('a conjunct that opens with its own period ("and in fiscal 2024 $29.8 billion")', () => {
  // Nvidia's GAAP net income: $4.37B in fiscal 2023, $29.8B in fiscal 2024 (bundled facts).
  itIsSilent(
    [
      ['Over the whole of fiscal 2023 Nvidia made $4.37 billion of net income and in fiscal 2024 $29.8 billion.', '$4.37 billion'],
      ['Over the whole of fiscal 2023 Nvidia made $4.37 billion of net income and in fiscal 2024 $29.8 billion.', '$29.8 billion'],
      ['In fiscal 2023 Nvidia earned $4.37 billion and, for fiscal 2024, about $29.8 billion.', '$4.37 billion'],
      ['英伟达2023财年全年净利润为43.7亿美元，2024财年则为298亿美元。', '43.7亿美元'],
    ],
    '2024-06-01',
  );

  it('still flags the years swapped, each by its own conjunct', () => {
    const text = 'In fiscal 2024 Nvidia earned $4.37 billion and in fiscal 2023 $29.8 billion.';
    expect(flaggedClaim(text, '$4.37 billion', '2024-06-01').verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(text, '$29.8 billion', '2024-06-01').verdicts).toEqual(['wrong-period']);
  });
});
