import { describe, expect, it } from 'vitest';
import { isOneSentence, splitSentences } from '../../../server/src/core/text/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Chinese at 。！？', () => {
    expect(split('营收16亿美元。利润多少？还不清楚！')).toEqual(['营收16亿美元。', '利润多少？', '还不清楚！']);
  });

  it('does not split after U.S. or inside $1.6B.', () => {
    expect(split('U.S. revenue was $1.6B. It grew.')).toEqual(['U.S. revenue was $1.6B.', 'It grew.']);
    expect(split('Revenue hit $1.6B. in December it rose')).toEqual(['Revenue hit $1.6B. in December it rose']);
  });

  it('starts a sentence at a digit after a full stop that closes an ordinary word', () => {
    expect(split('What the lab spent on chips. 40,000 GPUs at $30,000 is $1.2 billion.')).toEqual(['What the lab spent on chips.', '40,000 GPUs at $30,000 is $1.2 billion.']);
    // Near misses: an abbreviation or a scale letter before the stop keeps the sentence whole.
    expect(split('Sales rose approx. 5 points in May.')).toEqual(['Sales rose approx. 5 points in May.']);
    expect(split('Capex ran at $1.6B. 2 more quarters followed.')).toEqual(['Capex ran at $1.6B. 2 more quarters followed.']);
  });

  it('starts a sentence at a name in lower camel case (xAI, iPhone), not after an abbreviation', () => {
    expect(split('xAI raised $12B this year. xAI is valued at $24B.')).toEqual(['xAI raised $12B this year.', 'xAI is valued at $24B.']);
    expect(split('Apple sold more. iPhone sales rose.')).toEqual(['Apple sold more.', 'iPhone sales rose.']);
    expect(split('Labs, e.g. xAI and Mistral, raised more.')).toEqual(['Labs, e.g. xAI and Mistral, raised more.']);
    expect(split('Revenue hit $1.6B. in December it rose')).toEqual(['Revenue hit $1.6B. in December it rose']);
  });

  it('starts a sentence at a model named in lower case with digits (o3, o4-mini), not after an abbreviation', () => {
    expect(split('It comes to roughly $90. o3 got a cut in June.')).toEqual(['It comes to roughly $90.', 'o3 got a cut in June.']);
    expect(split('Cheaper still. o4-mini lists at $1.10.')).toEqual(['Cheaper still.', 'o4-mini lists at $1.10.']);
    expect(split('Reasoning models, e.g. o3 and R1, cost more.')).toEqual(['Reasoning models, e.g. o3 and R1, cost more.']);
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

describe('isOneSentence (the pieces splitSentences does not hand to Intl.Segmenter)', () => {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
  const segments = (t: string) => [...segmenter.segment(t)].map((s) => s.segment);

  it('takes one-sentence pieces: a terminator only at the end, a point only before a digit', () => {
    for (const t of ['Revenue grew 7.5% to $3.2B in Q3', 'Revenue grew 7.5% to $3.2B in Q3.', 'He said "it doubled." ', '营收同比增长7.5%，达到32亿元。', '（据路透社）营收创新高！）', '“估值多少？”'.slice(1)]) {
      expect(isOneSentence(t)).toBe(true);
      expect(segments(t)).toEqual([t]);
    }
  });

  it('near miss: leaves to the segmenter a terminator before the end, a line break, a point before a letter, other scripts', () => {
    for (const t of ['It grew. It fell.', '营收增长。利润下降。', 'Revenue grew\nProfit fell', 'U.S. revenue', 'Wow! Really', 'Prix: 5 €… fin', 'Ünit sales']) expect(isOneSentence(t)).toBe(false);
  });

  it('agrees with Intl.Segmenter on random pieces of prose characters and terminators', () => {
    const alphabet = ['a', 'Q', 'x', '7', '0', ' ', '\t', ',', '.', '!', '?', '"', "'", ')', '(', ']', '%', '$', ':', ';', '-', '营', '收', '，', '。', '！', '？', '、', '；', '“', '”', '’', '（', '）', '》', '】', '—', '\n', '…', 'é', '．', '｡'];
    let seed = 20261129;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
    let accepted = 0;
    for (let n = 0; n < 20000; n++) {
      let t = '';
      const length = 1 + Math.floor(next() * 12);
      // Most pieces drawn from the prose characters, a few from all of them.
      const pool = next() < 0.7 ? alphabet.slice(0, 8).concat(['营', '收', '，', '“', '”', '）']) : alphabet;
      for (let i = 0; i < length; i++) t += pool[Math.floor(next() * pool.length)];
      if (next() < 0.5) t += ['.', '。', '?!', '."', '. ', '！）'][Math.floor(next() * 6)];
      if (!isOneSentence(t)) continue;
      accepted++;
      expect(segments(t), JSON.stringify(t)).toEqual([t]);
    }
    expect(accepted).toBeGreaterThan(5000);
  });
});
