/**
 * A figure inside a quoted title, named as a title or a framing, is a name, not a claim (quotedTitle.ts).
 * A quoted remark in ordinary case stays a claim. Bundled fact: Sequoia's $125B-a-year AI revenue gap
 * (September 2023).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { inQuotedTitle } from '../../../server/src/core/bind/quotedTitle';

const DATE = '2024-03-01';

/** Whether the first occurrence of `figure` in `sentence` reads as part of a quoted title. */
function titled(sentence: string, figure: string): boolean {
  const start = sentence.indexOf(figure);
  return inQuotedTitle(sentence, { start, end: start + figure.length }, { start: 0, end: sentence.length });
}

describe('a figure in a quoted title is a name; quoted wording that is a claim is not', () => {
  it.each([
    ['The partner framed the shortfall as "The $300B Hangover" in a note to investors.', '$300B', true],
    ['Her essay "Why $9 Tokens Won\'t Last" went round the desks.', '$9', true],
    ['He dubbed it “A $50 Billion Bet on Power” at the conference.', '$50 Billion', true],
    ['The fund\'s "Our $2T Blind Spot" memo landed in March.', '$2T', true],
    // Near misses: ordinary case, a full stop, or nothing naming the quotation as a title.
    ['The guest put it plainly: "call it $4 billion of chips before networking."', '$4 billion', false],
    ['The partner framed the shortfall as "a $300B hangover for the industry".', '$300B', false],
    ['Our analyst said "The Gap Is $300B." and left it there.', '$300B', false],
    ['The slide read "The $300B Hangover" without a source.', '$300B', false],
  ])('%s', (sentence, figure, expected) => {
    expect(titled(sentence, figure)).toBe(expected);
  });

  it('is not judged against the named party\'s facts', () => {
    expect(draftFindings('Sequoia\'s David Cahn framed the shortfall as "The $310B Puzzle" in September 2023.', DATE)).toEqual([]);
  });

  it('near miss: the figure outside quotation marks is still checked', () => {
    expect(draftFindings('Sequoia\'s David Cahn put the AI revenue gap at $310B in September 2023.', DATE)).not.toEqual([]);
  });
});
