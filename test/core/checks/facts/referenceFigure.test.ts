/**
 * A figure the sentence sets up as the plan, range or expectation the actual figure is compared with is a
 * reference value: never contradicted (or of another period, out of date, another scale or metric) above
 * information (referenceFigure.ts). Bundled facts: CoreWeave's IPO priced at $40 a share in March 2025.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { figureIsReference } from '../../../../server/src/core/checks/facts/referenceFigure';

const DATE = '2025-11-01';

function reference(sentence: string, figure: string): boolean {
  const at = sentence.indexOf(figure);
  if (at < 0) throw new Error(`no ${figure} in ${sentence}`);
  return figureIsReference(sentence, at, at + figure.length);
}

describe('a plan, range or expectation beside the actual figure is a reference value', () => {
  it.each([
    ['The stock opened at $39, under the $44-$50 range the bankers had marketed.', '$44-$50'],
    ['It sold 20 million shares instead of 30 million.', '30 million'],
    ['It sold 20 million shares rather than the 30 million first offered.', '30 million'],
    ['Proceeds came to $900 million, down from roughly $1.6 billion planned.', '$1.6 billion'],
    ['Quarterly sales reached $3.1 billion, above expectations of $2.8 billion.', '$2.8 billion'],
    ['The round closed at $2 billion, short of its target of $3 billion.', '$3 billion'],
    ['It raised $2 billion vs. the $3 billion it had sought.', '$3 billion'],
    ['Revenue of $4 billion beat analysts’ consensus estimate of $3.7 billion.', '$3.7 billion'],
    ['The company had originally planned to raise $3 billion, but took $2 billion.', '$3 billion'],
    ['公司最终募资15亿美元，低于此前预期的25亿美元。', '25亿美元'],
    ['发行价定在每股30美元，低于33至36美元的招股区间。', '33至36美元'],
    ['原计划募资25亿美元，实际只募到15亿美元。', '25亿美元'],
    ['实际发行2000万股，而非原定的3000万股。', '3000万股'],
    ['季度收入为31亿美元，高于市场预期的28亿美元。', '28亿美元'],
  ])('%s', (sentence, figure) => expect(reference(sentence, figure)).toBe(true));
});

describe('near misses: the figure is stated, not a reference', () => {
  it.each([
    ['Revenue fell to $900 million, down from $1.6 billion a year earlier.', '$1.6 billion'],
    ['The company expected $1.6 billion of revenue this year.', '$1.6 billion'],
    ['Revenue of more than $5 billion expected in 2026 would double sales.', '$5 billion'],
    ['Sales came to over $5 billion planned for next year.', '$5 billion'],
    ['The range is $44-$50 per share.', '$44-$50'],
    ['Sales grow from $1.6 billion in 2024 to $2 billion expected in 2025.', '$1.6 billion'],
    ['公司2024年营收25亿美元，较上年增长30%。', '25亿美元'],
    ['公司预计全年收入为25亿美元。', '25亿美元'],
    ['The stock priced at $40, below the range; it raised $1.5 billion.', '$1.5 billion'],
  ])('%s', (sentence, figure) => expect(reference(sentence, figure)).toBe(false));
});

describe('findings', () => {
  it('a marketed range beside the price is not contradicted above information', () => {
    const warned = (text: string) => draftFindings(text, DATE).filter((f) => / (?:warning|error)$/.test(f) && f.includes('$47'));
    expect(warned('CoreWeave priced its IPO at $40 a share in March 2025, under the $47-$55 range it had set out.')).toEqual([]);
    expect(warned('CoreWeave priced its IPO at $40 a share in March 2025, below the marketed range of $47-$55.')).toEqual([]);
  });

  it('near miss: the same figure stated as the price keeps its warning', () => {
    expect(draftFindings('CoreWeave priced its IPO at $47 a share in March 2025.', DATE).some((f) => f.startsWith('$47 fact.value-mismatch'))).toBe(true);
  });
});
