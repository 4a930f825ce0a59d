/**
 * The JSON claim's `text` stays exactly the text at its offset (what a fix edits); `shownText` is the
 * figure as written, with a unit written after a space that the span leaves out.
 */
import { describe, expect, it } from 'vitest';
import { toJson } from '../../server/src/cli/format/json';
import { draftAnalysis } from '../helpers/draftFindings';

function claimsOf(text: string) {
  const report = toJson([{ path: 'draft.md', text, analysis: draftAnalysis(text, '2024-06-01'), ms: 0 }], 0);
  return report.files[0]!.claims.map((c) => [c.text, c.shownText, text.slice(c.offset.start, c.offset.end)]);
}

describe('JSON claims', () => {
  it('keep text as the span and add the figure as written', () => {
    expect(claimsOf('The H100 has a memory bandwidth of 4.8 TB/s.')).toEqual([['4.8', '4.8 TB/s', '4.8']]);
  });

  it('show a figure whose unit is inside the span as its text', () => {
    expect(claimsOf('H100的显存带宽为3.35TB/s。')).toEqual([['3.35TB/s', '3.35TB/s', '3.35TB/s']]);
  });
});
