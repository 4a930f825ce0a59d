/**
 * A short Latin publisher name ("FT") is found in another name only as a word of it (publishers.ts):
 * folded without spaces, a source line such as "summary of The Information" holds "ft" ("of the"), which
 * let a credit to the FT pass as the source's. Bundled facts: OpenAI's ~$1 billion 2023 revenue
 * projection, broken by The Information and read on a site that summarises its story.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2023-10-01';

describe('a short name is not found inside the words of another', () => {
  it('the FT credited with The Information’s figure is misplaced credit', () => {
    expect(flaggedClaim('According to the FT, OpenAI was on course for roughly $1 billion of revenue in 2023.', '$1 billion', DATE).verdicts).toEqual(['misattributed']);
  });
});

describe('near misses: the publisher who broke it, by any of its names', () => {
  itIsSilent(
    [
      ['According to The Information, OpenAI was on course for roughly $1 billion of revenue in 2023.', '$1 billion'],
      ['据The Information报道，OpenAI 2023年的收入有望达到约10亿美元。', '10亿美元'],
    ],
    DATE,
  );
});
