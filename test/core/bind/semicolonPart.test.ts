/**
 * A semicolon closes a statement (bind/semicolonPart.ts): a figure whose own clause names no one is
 * about the subject of the clause before it in its own semicolon part, when that clause names someone
 * and states a figure; not about the first name of another part. A part whose names are only objects
 * or dates, with no figure beside them, leaves the reading as it was. Bundled facts: Groq valued at
 * $2.8B (August 2024), Safe Superintelligence valued at about $5B (September 2024).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2024-10-15';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe("a figure with no name in its clause takes its own semicolon part's subject", () => {
  it.each([
    ['Groq closed a $640 million round at a $2.8 billion valuation in August; a month later SSI raised $1 billion, at a valuation of about $5 billion.', '$5 billion'],
    ['今年8月，Groq完成6.4亿美元融资，估值28亿美元；9月，SSI拿到10亿美元，估值约50亿美元。', '50亿美元'],
    ['8月Groq按28亿美元估值融资6.4亿美元；9月，由前OpenAI研究员创办的SSI融资10亿美元,估值约50亿美元。', '50亿美元'],
  ])('%s', (text, figure) => {
    expect(entityOf(text, figure)).toBe('safe-superintelligence');
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('near miss: a part with no named subject beside a figure keeps the sentence subject', () => {
    expect(entityOf('今年8月，Groq完成6.4亿美元融资；同月与SSI签署合作协议，估值约28亿美元。', '28亿美元')).toBe('groq');
  });
});

describe('a percentage set against an amount is its change, not a level percentage named elsewhere', () => {
  it.each([
    'Microsoft\'s Azure business ran at a 45% operating margin; Google Cloud brought in $12 billion, 30% more than the $9.2 billion a year earlier.',
    'Its operating margin was 45%, and Google Cloud brought in $12 billion, 30% higher than the $9.2 billion of a year before.',
  ])('%s', (text) => {
    expect(analyzedClaim(text, '30%', '2025-03-01')?.metric).toBeUndefined();
  });

  it('near miss: a margin written in the percentage\'s own clause binds', () => {
    expect(analyzedClaim('Google Cloud brought in $12 billion at a 30% operating margin.', '30%', '2025-03-01')?.metric?.value).toBe('profit-margin');
  });
});
