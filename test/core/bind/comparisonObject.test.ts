/**
 * What a figure is compared with is not whose it is (bind/comparisonObject.ts): in "raises memory to
 * 141 GB at 4.8 TB/s: 43% more bandwidth than the H100" the figures are the sentence's subject's, the
 * H100 only the yardstick ("than", "versus", "compared with", 比, 较, 相比, 与…相比). A figure written
 * right after the compared name as its own ("the H100's 3.35 TB/s", "H100的3.35TB/s") stays the name's.
 * Bundled facts: memory bandwidth H200 4.8 TB/s, H100 3.35 TB/s.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2024-06-01';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('the object of a comparison does not take the figure from the subject', () => {
  it('"… at 4.8 TB/s: … more bandwidth than the H100" is the H200\'s', () => {
    const text = 'The H200 keeps the same compute, and raises memory to 141 GB at 4.8 TB/s: about 76% more capacity and 43% more bandwidth than the H100.';
    expect(entityOf(text, '4.8')).toBe('h200');
    expect(entityOf(text, '43%')).toBe('h200');
  });

  it('a pronoun subject resolves to the name before, not to the compared name', () => {
    expect(entityOf("Nvidia's H200 came next. It raises bandwidth to 4.8 TB/s, 43% more than the H100.", '4.8')).toBe('h200');
  });

  it('"versus the A100" (en)', () => {
    expect(entityOf('The H200 launched, and offers 4.8 TB/s of bandwidth versus the A100.', '4.8')).toBe('h200');
  });

  it('比H100高出43% (zh): the difference is the subject\'s', () => {
    expect(entityOf('H200沿用相同的算力，显存带宽提升到4.8TB/s，比H100高出43%。', '43%')).toBe('h200');
  });

  it('较H100提升至 (zh)', () => {
    expect(entityOf('H200沿用相同的算力，显存带宽较H100提升至4.8TB/s。', '4.8TB/s')).toBe('h200');
  });

  it('与H100相比 (zh)', () => {
    expect(entityOf('H200沿用相同的算力，显存带宽与H100相比高出43%。', '43%')).toBe('h200');
  });

  it("a wrong figure is judged against the subject's fact, not the compared product's", () => {
    const { claim, verdicts } = flaggedClaim('The H200 keeps the same compute, and raises memory to 141 GB at 5.8 TB/s: 43% more bandwidth than the H100.', '5.8', DATE);
    expect(claim?.entity?.value).toBe('h200');
    expect(verdicts).toEqual(['contradicted']);
  });
});

describe('the right figure of a subject compared with another product is not flagged', () => {
  itIsSilent(
    [
      ['The H200 keeps the same compute, and raises memory to 141 GB at 4.8 TB/s: about 76% more capacity and 43% more bandwidth than the H100.', '4.8'],
      ['H200沿用相同的算力，显存带宽较H100提升至4.8TB/s。', '4.8TB/s'],
    ],
    DATE,
  );
});

describe("near misses: the compared name's own figure stays its own", () => {
  it('"than the H100\'s 3.35 TB/s" (en)', () => {
    expect(entityOf("The H200, at 4.8 TB/s, is 43% faster than the H100's 3.35 TB/s.", '3.35')).toBe('h100');
  });

  it('"versus the H100 at 3.35 TB/s" (en)', () => {
    expect(entityOf('The H200 offers 4.8 TB/s, versus the H100 at 3.35 TB/s.', '3.35')).toBe('h100');
  });

  it('比H100的3.35TB/s (zh)', () => {
    expect(entityOf('H200发布，显存带宽达4.8TB/s，比H100的3.35TB/s高出43%。', '3.35TB/s')).toBe('h100');
  });

  it('a name after "for the" is not a comparison object ("2 TB/s for the A100")', () => {
    expect(entityOf('The A100 was the workhorse: 2 TB/s for the A100 was plenty in 2020.', '2')).toBe('a100');
  });
});

describe("a name that owns a later figure ('… 3.35 TB/s for the H100') does not take the earlier one", () => {
  it('"Its 4.8 TB/s compares with 3.35 TB/s for the H100": 4.8 is the H200\'s, 3.35 the H100\'s', () => {
    const text = 'The H200 keeps the same compute. Its 4.8 TB/s of bandwidth compares with 3.35 TB/s for the H100.';
    expect(entityOf(text, '4.8')).toBe('h200');
    expect(entityOf(text, '3.35')).toBe('h100');
  });

  it('a wrong earlier figure is judged against the subject, not the later figure\'s owner', () => {
    const { claim, verdicts } = flaggedClaim('The H200 raises memory to 141 GB; its 5.8 TB/s compares with 3.35 TB/s for the H100.', '5.8', DATE);
    expect(claim?.entity?.value).toBe('h200');
    expect(verdicts).toEqual(['contradicted']);
  });

  itIsSilent([['The H200 raises memory to 141 GB; its 4.8 TB/s compares with 3.35 TB/s for the H100.', '4.8']], DATE);

  it('near miss: a single figure before "for the H100" is still the H100\'s', () => {
    expect(entityOf('Bandwidth reaches 3.35 TB/s for the H100.', '3.35')).toBe('h100');
  });
});

describe('the name a share is taken of ("约为X同年收入的71%") owns none of the figures before it', () => {
  const date = '2026-01-12';
  const entityAt = (text: string, figure: string) => analyzedClaim(text, figure, date)?.entity?.value;
  it('the paragraph\'s subject keeps the converted figure', () => {
    const text = '## MiniMax\n\nMiniMax招股书显示，2024年营收为3052万美元。按7.3的汇率换算，当年营收约合2.23亿元，约为智谱同年营收的71%。';
    expect(entityAt(text, '2.23亿元')).toBe('minimax');
    expect(flaggedClaim(text, '2.23亿元', date).verdicts).toEqual([]);
  });
  it('near miss: the name as the subject before the figure still owns it', () => {
    const text = '2024年智谱营收约2.23亿元，约为MiniMax同年营收的71%。';
    expect(entityAt(text, '2.23亿元')).toBe('zhipu-ai');
    expect(flaggedClaim(text, '2.23亿元', date).verdicts).toEqual(['contradicted']);
  });
});

describe('a comparative verb (低于, 高于, 不及) takes the name after it as the yardstick', () => {
  it('高于H100的…: the figure before is the subject\'s, the one after the name is the name\'s', () => {
    const text = 'H200沿用相同的算力，显存带宽提升到4.8TB/s，高于H100的3.35TB/s。';
    expect(entityOf(text, '4.8TB/s')).toBe('h200');
    expect(entityOf(text, '3.35TB/s')).toBe('h100');
  });

  it('远高于H100同期的…: a period word before 的 keeps the later figure the name\'s', () => {
    const text = 'H200沿用相同的算力，显存带宽提升到4.8TB/s，远高于H100同期的3.35TB/s。';
    expect(entityOf(text, '4.8TB/s')).toBe('h200');
    expect(entityOf(text, '3.35TB/s')).toBe('h100');
  });

  it('near miss: a name before the comparative verb is still the subject', () => {
    expect(entityOf('显存带宽方面，H100为3.35TB/s，低于同代的其他产品。', '3.35TB/s')).toBe('h100');
  });
});
