/**
 * A figure a sentence multiplies by another is an operand of the computation it tells, not a level stated
 * for now: out of date or another period stays information (checks/facts/multipliedOperand.ts). A figure
 * stated on its own is still out of date. Bundled facts: Intelligent Cloud's $24B (Apr–Jun 2023) and
 * $28.52B (Apr–Jun 2024), a draft dated mid-2025.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { multipliedOperand } from '../../../../server/src/core/checks/facts/multipliedOperand';

const DATE = '2025-06-01';

describe('an operand of a multiplication told in words', () => {
  it('does not call an undated operand out of date', () => {
    expect(draftFindings('One shortcut multiplies the 2 points by the $24 billion Intelligent Cloud segment.', DATE)).toEqual([]);
    expect(draftFindings('One shortcut multiplies the $24 billion Intelligent Cloud segment by 2 points.', DATE)).toEqual([]);
  });

  it('still calls the same figure stated on its own out of date', () => {
    expect(draftFindings('The Intelligent Cloud segment brings in $24 billion.', DATE)).toEqual(['$24 billion fact.stale warning']);
  });

  it('reads the verb, in English and Chinese, not a formula sign', () => {
    const at = (s: string, f: string) => multipliedOperand(s, s.indexOf(f), s.indexOf(f) + f.length);
    expect(at('Multiplying $30 billion by 3% gives $900 million.', '$30 billion')).toBe(true);
    expect(at('Revenue multiplied by 0.3 is $30 billion.', '$30 billion')).toBe(false);
    expect(at('用2个百分点乘以300亿美元，得到6亿美元。', '300亿美元')).toBe(true);
    expect(at('用300亿美元乘以2%，得到6亿美元。', '300亿美元')).toBe(true);
    expect(at('3% × $30 billion = $900 million.', '$30 billion')).toBe(false);
  });
});
