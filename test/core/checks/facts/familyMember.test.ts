/**
 * A family's general word stands for the one more specific member the base records (familyMember.ts):
 * "investment" of an index that files private investment, "market value" added in a day. It may only
 * show the figure right or of another time, never wrong, and never from a broader or sibling metric.
 * Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis as run, draftFindings } from '../../../helpers/draftFindings';

const claimOf = (text: string, span: string, date: string) => {
  const c = run(text, date).claims.find((x) => x.quantity.text === span);
  return [c?.metric?.value, c?.verdict];
};

describe('the one member of the family that holds the figure', () => {
  it('dates an index\'s investment figure by the private-investment fact it equals (Chinese)', () => {
    expect(claimOf('# 斯坦福AI指数报告\n\n2023年全球企业AI投资达到2523亿美元。', '2523亿美元', '2025-05-01')).toEqual(['investment', 'wrong-period']);
  });

  it('flags nothing for the year on record (Chinese; the member sources differ, so no stand-in verdict)', () => {
    const text = '# 斯坦福AI指数报告\n\n2024年全球企业AI投资达到2523亿美元。';
    expect(claimOf(text, '2523亿美元', '2025-05-01')[1]).not.toBe('wrong-period');
    expect(draftFindings(text, '2025-05-01')).toEqual([]);
  });

  it('dates market value added in a session by the one-day gain it equals (English)', () => {
    expect(claimOf('Nvidia added $277 billion of market value in a single session in January 2024.', '$277 billion', '2024-04-01')[1]).toBe('wrong-period');
  });

  it('leaves a figure of market value no member holds alone (English)', () => {
    expect(claimOf('Nvidia added $300 billion of market value in a single session in January 2024.', '$300 billion', '2024-04-01')[1]).toBe('unverifiable');
  });
});

describe('near misses', () => {
  it('a figure no member holds stays unverifiable', () => {
    expect(claimOf('# 斯坦福AI指数报告\n\n2023年全球企业AI投资达到1800亿美元。', '1800亿美元', '2025-05-01')[1]).toBe('unverifiable');
  });

  it('a broader metric never stands in for a narrower one: total revenue is not AI revenue', () => {
    // AMD's 2024 revenue was $25.8B; an AI-revenue figure equal to it is no AI revenue of another year.
    const [, verdict] = claimOf("AMD's AI revenue was $25.8 billion in 2023.", '$25.8 billion', '2025-03-01');
    expect(verdict).not.toBe('wrong-period');
  });
});
