/**
 * Energy written in kilowatt-hours is held against facts in terawatt-hours: the recogniser reads the
 * prefix as a factor (千瓦时 = 1e-9 TWh), so a tenfold slip between the two is caught and the fix is
 * written in kWh. Bundled facts (the IEA's data-centre electricity projection for 2030).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis as run } from '../../../helpers/draftFindings';

const verdictOf = (text: string, span: string) => {
  const a = run(text, '2025-06-01');
  const c = a.claims.find((x) => x.quantity.text.startsWith(span));
  return [c?.metric?.value, c?.verdict];
};

describe('energy in kilowatt-hours against a fact in terawatt-hours', () => {
  it('flags 945亿千瓦时 for 945 TWh as a tenfold slip (Chinese)', () => {
    expect(verdictOf('国际能源署估计，2030年全球数据中心用电将增至945亿千瓦时。', '945亿千瓦时')).toEqual(['electricity.consumption', 'wrong-scale']);
  });

  it('supports 9450亿千瓦时, the same figure (Chinese)', () => {
    expect(verdictOf('国际能源署估计，2030年全球数据中心用电将增至9450亿千瓦时。', '9450亿千瓦时')).toEqual(['electricity.consumption', 'supported']);
  });

  it('flags 94.5 billion kWh and supports 945 billion kWh (English)', () => {
    expect(verdictOf('The IEA estimates data centres will use 94.5 billion kWh of electricity in 2030.', '94.5 billion')[1]).toBe('wrong-scale');
    expect(verdictOf('The IEA estimates data centres will use 945 billion kWh of electricity in 2030.', '945 billion')[1]).toBe('supported');
  });

  it('leaves the figure of another year alone', () => {
    expect(verdictOf('国际能源署估计，2024年全球数据中心用电约4150亿千瓦时。', '4150亿千瓦时')[1]).toBe('supported');
  });
});
