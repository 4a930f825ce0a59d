/**
 * A colon after a figure opens a remark on it: a measure word there points back at the measure already
 * named, it does not name the figure's (remarkAfterColon.ts). A figure that opens its line is
 * the colon's term, and the words after it define it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

function metricOf(text: string, figure: string): string | undefined {
  const analysis = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: '2025-01-20' }) });
  return analysis.claims.find((c) => c.quantity.text === figure)?.metric?.value;
}

describe('a remark after a colon does not name the figure’s measure', () => {
  it('en', () => {
    expect(metricOf('Analysts expect HBM to reach 20.1% of DRAM revenue in 2024, from 8.4% in 2023: more than double the share in one year.', '8.4%')).toBe('share-of-revenue');
  });

  it('zh', () => {
    expect(metricOf('分析师预计HBM在2024年占DRAM营收的20.1%，高于2023年的8.4%：一年之内份额翻了一倍多。', '8.4%')).toBe('share-of-revenue');
  });
});

describe('near misses', () => {
  it('a figure that opens its list item is defined by the words after the colon', () => {
    expect(metricOf('Numbers to keep:\n\n- $28.8 billion: AWS revenue in 2024\n- $100 billion: Amazon capex plan for 2025\n', '$28.8 billion')).toBe('revenue');
  });

  it('a measure before the colon is still the figure’s', () => {
    expect(metricOf('SK hynix held about 50% of the HBM market in 2023: more than anyone else.', '50%')).toBe('market-share');
  });
});
