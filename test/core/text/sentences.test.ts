import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../server/src/core/text/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Chinese at 。！？', () => {
    expect(split('营收16亿美元。利润多少？还不清楚！')).toEqual(['营收16亿美元。', '利润多少？', '还不清楚！']);
  });

  it('does not split after U.S. or inside $1.6B.', () => {
    expect(split('U.S. revenue was $1.6B. It grew.')).toEqual(['U.S. revenue was $1.6B.', 'It grew.']);
    expect(split('Revenue hit $1.6B. in December it rose')).toEqual(['Revenue hit $1.6B. in December it rose']);
  });

  it('starts a sentence at a name in lower camel case (xAI, iPhone), not after an abbreviation', () => {
    expect(split('xAI raised $12B this year. xAI is valued at $24B.')).toEqual(['xAI raised $12B this year.', 'xAI is valued at $24B.']);
    expect(split('Apple sold more. iPhone sales rose.')).toEqual(['Apple sold more.', 'iPhone sales rose.']);
    expect(split('Labs, e.g. xAI and Mistral, raised more.')).toEqual(['Labs, e.g. xAI and Mistral, raised more.']);
    expect(split('Revenue hit $1.6B. in December it rose')).toEqual(['Revenue hit $1.6B. in December it rose']);
  });

  it('detects language per sentence', () => {
    const s = splitSentences('OpenAI的年化收入为16亿美元。 Nvidia earned $60.9B.');
    expect(s.map((x) => x.lang)).toEqual(['zh', 'en']);
  });

  it('applies a base offset and never splits a surrogate pair in long input', () => {
    const long = ('😀 word '.repeat(2000) + '. ').repeat(2);
    const s = splitSentences(long, 10);
    for (const x of s) {
      expect(x.start).toBeGreaterThanOrEqual(10);
      const c = long.charCodeAt(x.start - 10);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });
});
