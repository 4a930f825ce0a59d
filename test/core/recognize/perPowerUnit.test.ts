/**
 * A price per unit of power (data/recognizer/lexicon.json `perUnits`: GW, MW): "$38 billion per gigawatt",
 * "每吉瓦约350亿美元" is what one gigawatt costs, not a total, so a fact of a whole commitment or deal never
 * judges it; a fact priced per GW (the bundled OpenAI ">$40B per GW" cost) may.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { draftFindings } from '../../helpers/draftFindings';

const per = (text: string) => recognizeUnchecked(text).filter((q) => q.kind === 'money').map((q) => [q.text, q.per?.unit ?? '']);

describe('a price per gigawatt or megawatt', () => {
  it('reads the denominator in English and Chinese', () => {
    expect(per('The build-out costs about $38 billion per gigawatt, or $12 million a megawatt.')).toEqual([
      ['$38 billion', 'GW'],
      ['$12 million', 'MW'],
    ]);
    expect(per('折算下来每吉瓦约350亿美元。')).toEqual([['350亿美元', 'GW']]);
  });

  it('a per-gigawatt cost derived from a total is not held against the total', () => {
    const text = "OpenAI's roughly $1.4 trillion of compute commitments for some 30 GW comes to about $47 billion per gigawatt.";
    expect(draftFindings(text, '2025-12-01').filter((f) => f.startsWith('$47 billion'))).toEqual([]);
  });

  it('near miss: a total for the gigawatts stays a total', () => {
    expect(per('The 30 GW programme will cost $1.4 trillion.')).toEqual([['$1.4 trillion', '']]);
  });
});
