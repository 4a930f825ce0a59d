/**
 * A growing count reported as a floor ("more than 300,000 business customers", October 2025) and
 * restated with that very floor for a date well before the report is the milestone moved back in time:
 * a wrong period, like a market-cap milestone crossed later. Bundled facts: Anthropic's more than
 * 300,000 business customers (as of 2025-10-31); Meta's target of more than 1.3 million GPUs by the end
 * of 2025.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftAnalysis } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';
const verdictOf = (text: string, figure: string, date = DATE) => draftAnalysis(text, date).claims.find((c) => c.quantity.text === figure)?.verdict;

describe('a reported floor restated for a date well before the report', () => {
  it('is a wrong period (English)', () => {
    expect(flagged('By October 2024 Anthropic had more than 300,000 business customers.', DATE)).toEqual(['300,000 business customers fact.wrong-period']);
  });

  it('is a wrong period (Chinese)', () => {
    expect(flagged('截至2024年10月，Anthropic的企业客户已超过30万家。', DATE)).toEqual(['30万家 fact.wrong-period']);
    expect(flagged('算力方面，Meta在2024年底已拥有超过130万块GPU。', '2025-03-01')).toEqual(['130万块GPU fact.wrong-period']);
  });
});

describe('near misses: left alone', () => {
  it('the floor at the time it was reported, or after', () => {
    expect(verdictOf('By October 2025 Anthropic had more than 300,000 business customers.', '300,000 business customers')).toBe('supported');
    expect(flagged('截至2025年11月，Anthropic的企业客户已超过30万家。', DATE)).toEqual([]);
  });

  it('a date within the quarter before the report (the mark may have been passed unreported)', () => {
    expect(flagged('By September 2025 Anthropic had more than 300,000 business customers.', DATE)).toEqual([]);
  });

  it('another floor', () => {
    expect(flagged('By October 2024 Anthropic had more than 200,000 business customers.', DATE)).toEqual([]);
    expect(flagged('截至2024年10月，Anthropic的企业客户已超过20万家。', DATE)).toEqual([]);
  });

  it('an undated floor', () => {
    expect(flagged('Anthropic has more than 300,000 business customers.', DATE)).toEqual([]);
  });
});
