import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayMatch, regexNeeds, regexNeedsBoth, regexNeedsKey, regexPairNeeds, textBuckets } from '../../../server/src/core/text/regexNeeds';
import { mayMatchPairs, textPairs } from '../../../server/src/core/text/regexPairs';
import { EN_PATTERNS } from '../../../server/src/core/bind/periodPatternsEn';
import { ZH_PATTERNS } from '../../../server/src/core/bind/periodPatternsZh';

const may = (re: RegExp, text: string) => mayMatch(regexNeeds(re), textBuckets(text));
const mayPairs = (re: RegExp, text: string) => mayMatchPairs(regexPairNeeds(re), textPairs(text));

describe('regexNeeds: what a pattern cannot match without', () => {
  it('skips a text that lacks a character every match consumes (English and Chinese)', () => {
    expect(may(/fiscal\s+year/i, 'Revenue was $60.9 billion in 2024.')).toBe(false);
    expect(may(/\d+\s*年/, 'Revenue was $60.9 billion in 2024.')).toBe(false);
    expect(may(/\d+\s*年/, '营收为609亿美元。')).toBe(false);
    expect(may(/Q([1-4])/i, 'Revenue grew 12% in the year.')).toBe(false);
  });

  it('near miss: runs the pattern whenever the characters are there, whatever their order or case', () => {
    expect(may(/fiscal\s+year/i, 'FISCAL YEAR')).toBe(true);
    expect(may(/fiscal\s+year/i, 'year, fiscal')).toBe(true); // present, though no match: still run
    expect(may(/\d+\s*年/, '2024年营收为609亿美元。')).toBe(true);
    expect(may(/Q([1-4])/i, 'in q3')).toBe(true);
  });

  it('needs nothing from optional parts, lookarounds, back-references, word boundaries or unread syntax', () => {
    expect(may(/(?:the\s+)?2024/, '2024')).toBe(true);
    expect(may(/(?<![A-Za-z])x/, 'x')).toBe(true);
    expect(may(/x(?=yz)/, 'x')).toBe(true);
    expect(may(/(a)\1?b/, 'ab')).toBe(true);
    expect(regexNeeds(/\p{L}/u)).toEqual([]);
    expect(regexNeeds(/\k<n>(?<n>a)?/)).toEqual([]);
    expect(regexNeeds(/[^a]/)).toEqual([]);
    expect(regexNeeds(/.*/)).toEqual([]);
    expect(regexNeeds(/x*|y/)).toEqual([]);
  });

  it('takes one branch of an alternation: any branch will do', () => {
    expect(may(/(?:January|March)\s+2024/, 'in march 2024')).toBe(true);
    expect(may(/今年|去年/, '去年营收')).toBe(true);
    expect(may(/今年|去年/, '营收')).toBe(false);
  });

  it('reads classes, ranges, escapes and counted repeats', () => {
    expect(may(/[一二三四1-4]\s*季度/, '第三季度')).toBe(true);
    expect(may(/[一二三四1-4]\s*季度/, '第三季')).toBe(false);
    expect(may(/\u5e74/, '2024年')).toBe(true);
    expect(may(/\u5e74/, '2024')).toBe(false);
    expect(may(/a{0}b/, 'b')).toBe(true);
    expect(may(/a{2,}b/, 'b')).toBe(false);
    expect(may(/[\s-]+quarter/, 'quarter')).toBe(false);
    expect(may(/[\s-]+quarter/, '-quarter')).toBe(true);
  });

  it('never skips a period pattern on a text it matches (every sentence of the corpus, whole and cut)', () => {
    const patterns = [...EN_PATTERNS, ...ZH_PATTERNS];
    const texts: string[] = [];
    for (const lang of ['en', 'zh']) {
      const dir = path.join(__dirname, '../../corpus', lang);
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) {
        for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          texts.push(line);
          // Pieces as binding cuts them (clauses, spans around a number), where a pattern's context is gone.
          for (const piece of line.split(/[,，;；。]/)) if (piece.trim()) texts.push(piece);
        }
      }
    }
    let matched = 0;
    for (const pattern of patterns) {
      const needs = regexNeeds(pattern.re);
      const pairs = regexPairNeeds(pattern.re);
      for (const text of texts) {
        pattern.re.lastIndex = 0;
        const found = pattern.re.exec(text);
        pattern.re.lastIndex = 0;
        if (!found) continue;
        matched++;
        expect(mayMatch(needs, textBuckets(text)), `${pattern.re.source} on ${text}`).toBe(true);
        expect(mayMatchPairs(pairs, textPairs(text)), `pairs of ${pattern.re.source} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('regexPairNeeds: adjacent characters a pattern cannot match without', () => {
  it('skips a long text that has every letter of a word but never two of them side by side (English and Chinese)', () => {
    const text = 'Quite a few analysts, the report said, saw rates hold.';
    expect(may(/quarter/i, text)).toBe(true); // every letter is there
    expect(mayPairs(/quarter/i, text)).toBe(false);
    expect(mayPairs(/第([一二三四])季度/, '第三个季节，度过难关')).toBe(false);
    expect(mayPairs(/(?:January|March)\s+2024/, 'Revenue was up in the year to 2024.')).toBe(false);
  });

  it('tells Chinese characters apart one by one, and reads a one-character group as that character', () => {
    // 月 and 和 share a bucket of regexNeeds: the bucket test runs the pattern, the pair test does not.
    expect(may(/\d+\s*月/, '2024年营收和利润都增长了15%。')).toBe(true);
    expect(mayPairs(/\d+\s*月/, '2024年营收和利润都增长了15%。')).toBe(false);
    expect(mayPairs(/\d+\s*月/, '2024年3 月营收')).toBe(true);
    expect(mayPairs(/([12])H\s*\d{2}/, 'Hyperscalers spent $12 billion in 2024.')).toBe(false);
    expect(mayPairs(/([12])H\s*\d{2}/, 'in 2H 24')).toBe(true);
    expect(mayPairs(/(?:the\s+)?(?:now|currently|today)\b/i, 'the note said it was costly')).toBe(false);
    expect(mayPairs(/(?:the\s+)?(?:now|currently|today)\b/i, 'Currently, the note said')).toBe(true);
  });

  it('near miss: runs the pattern whenever the pairs are there, in any case, whatever else is around them', () => {
    expect(mayPairs(/quarter/i, 'QUARTER')).toBe(true);
    expect(mayPairs(/Quarter/, 'the quarterly report')).toBe(true);
    expect(mayPairs(/quarter/i, 'a quart, a tent, an ermine')).toBe(true); // the pairs, not the word: still run
    expect(mayPairs(/第([一二三四])季度/, '第三季度')).toBe(true);
    expect(mayPairs(/(?:January|March)\s+2024/, 'since march 2024')).toBe(true);
    expect(mayPairs(/Q[1-4]/i, 'in q3')).toBe(true);
  });

  it('pairs only atoms that must sit side by side: not across optional parts, lookarounds, boundaries or groups', () => {
    expect(mayPairs(/ab?c/, 'ac')).toBe(true);
    expect(mayPairs(/a(?=b)c/, 'ac')).toBe(true);
    expect(mayPairs(/a\bc/, 'ac')).toBe(true);
    expect(mayPairs(/a(?:b|d)c/, 'adc')).toBe(true);
    expect(mayPairs(/a+b/, 'aaab')).toBe(true);
    expect(mayPairs(/a{2}b/, 'aab')).toBe(true);
    expect(mayPairs(/\d月/, '9月')).toBe(true);
    expect(mayPairs(/[一二]月/, '二月')).toBe(true);
    expect(mayPairs(/é!/i, 'É!')).toBe(true); // a non-ASCII letter with case is not followed
    expect(regexPairNeeds(/[^a]b/)).toEqual([]);
    expect(regexPairNeeds(/\p{L}x/u)).toEqual([]);
    expect(regexPairNeeds(/a|bc/)).toEqual([]);
  });
});

describe('the build-time table of the period patterns (scripts/build-regex-needs.mjs)', () => {
  it('holds every period pattern, equal to reading it now, after the JSON round trip the bundle makes', async () => {
    const { regexNeedsTable } = await import('../../../scripts/build-regex-needs.mjs');
    const table = JSON.parse(JSON.stringify(await regexNeedsTable())) as Record<string, unknown>;
    const patterns = [...EN_PATTERNS, ...ZH_PATTERNS];
    for (const { re } of patterns) expect(table[regexNeedsKey(re)], re.source).toEqual(regexNeedsBoth(re));
    expect(Object.keys(table).length).toBe(new Set(patterns.map(({ re }) => regexNeedsKey(re))).size);
  }, 30_000);
});
