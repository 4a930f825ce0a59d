/**
 * Messages, fix titles and hovers quote a figure as the author wrote it, with a unit written after a
 * space ("“12 GW”", not "“12”"), while the claim's span, the diagnostic range and a fix's edit stay on
 * the number alone: a fix keeps the author's unit and spacing. A glued unit, a counted noun and a
 * currency are already inside the span and are quoted as before, never twice.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../server/src/core/model';
import { hoverMarkdown } from '../../../server/src/core/present/hoverMarkdown';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { shownText } from '../../../server/src/core/recognize/shownText';
import { draftAnalysis as run } from '../../helpers/draftFindings';

const shown = (text: string) => recognizeUnchecked(text).map((q) => [q.text, shownText(q)]);

/** The text after applying every edit of the finding's first fix. */
function fixed(text: string, f: Finding): string {
  const edits = [...f.fixes[0]!.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((s, e) => s.slice(0, e.start) + e.newText + s.slice(e.end), text);
}

function flagged(text: string, date: string): Finding[] {
  return run(text, date).findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
}

describe('the figure as written', () => {
  it('takes in a unit written after a space, outside the span (English and Chinese)', () => {
    expect(shown('It draws 700 W and peaks at 1,000 TFLOPS; the campus needs 12 GW.')).toEqual([
      ['700', '700 W'],
      ['1,000', '1,000 TFLOPS'],
      ['12', '12 GW'],
    ]);
    expect(shown('该芯片功耗为700 W。')).toEqual([['700', '700 W']]);
  });

  it("gives a range the unit after its second end", () => {
    expect(shown('A campus of 10–12 GW is planned.')).toEqual([['10–12', '10–12 GW']]);
  });

  it('leaves what the span already covers as it is: a glued unit, a counted product, a currency', () => {
    expect(shown('该芯片功耗700瓦,带宽4.8TB/s。')).toEqual([
      ['700瓦', '700瓦'],
      ['4.8TB/s', '4.8TB/s'],
    ]);
    expect(shown('Meta bought 150k H100s.')).toEqual([['150k H100s', '150k H100s']]);
    expect(shown('Meta购买了15万块H100。')).toEqual([['15万块H100', '15万块H100']]);
    expect(shown('It raised $5 billion.')).toEqual([['$5 billion', '$5 billion']]);
  });
});

describe('fact findings', () => {
  const text = 'The H100 has a memory bandwidth of 4.8 TB/s.';

  it('quote the figure with its spaced unit, in the message and the fix title', () => {
    const [f] = flagged(text, '2024-06-01');
    expect(f?.text).toBe('4.8');
    expect(f?.message).toContain('“4.8 TB/s”');
    expect(f?.fixes[0]?.title).toMatch(/“4\.8 TB\/s” .*“3\.4 TB\/s”/);
  });

  it('while the range and the fix edit the number alone, keeping the unit and its space', () => {
    const [f] = flagged(text, '2024-06-01');
    expect(text.slice(f!.start, f!.end)).toBe('4.8');
    expect(f!.fixes[0]!.edits.every((e) => text.slice(e.start, e.end) === '4.8')).toBe(true);
    expect(fixed(text, f!)).toBe('The H100 has a memory bandwidth of 3.4 TB/s.');
  });

  it('a scale word and a spaced unit: the fix rewrites the number and its scale word only', () => {
    const draft = 'The IEA estimates data centres will use 94.5 billion kWh of electricity in 2030.';
    const [f] = run(draft, '2025-06-01').findings.filter((x) => x.check === 'fact.wrong-scale');
    expect(f?.message).toContain('“94.5 billion kWh”');
    expect(f?.fixes[0]?.title).toContain('“945 billion kWh”');
    expect(fixed(draft, f!)).toBe('The IEA estimates data centres will use 945 billion kWh of electricity in 2030.');
  });

  it('a glued unit is quoted once, as written', () => {
    const [f] = flagged('The H100 has a memory bandwidth of 4.8TB/s.', '2024-06-01');
    expect(f?.message).toContain('“4.8TB/s”');
    expect(f?.message).not.toContain('TB/s TB/s');
  });
});

describe('arithmetic findings', () => {
  it('quote the stated total with its spaced unit, and fix the number alone (English)', () => {
    const draft = 'The two campuses draw 1.2 GW and 0.8 GW, a total of 2.5 GW.';
    const [f] = flagged(draft, '2025-06-01');
    expect(f?.message).toContain('“2.5 GW”');
    expect(f?.fixes[0]?.title).toMatch(/“2\.5 GW”.*“2 GW”/);
    expect(fixed(draft, f!)).toBe('The two campuses draw 1.2 GW and 0.8 GW, a total of 2 GW.');
  });

  it('and in Chinese', () => {
    const draft = '两个园区分别耗电1.2 GW和0.8 GW，合计2.5 GW。';
    const [f] = flagged(draft, '2025-06-01');
    expect(f?.message).toContain('“2.5 GW”');
    expect(draft.slice(f!.start, f!.end)).toBe('2.5');
  });

  it('a currency is quoted as before', () => {
    const [f] = flagged('The two rounds raised $1.2 billion and $0.8 billion, a total of $2.5 billion.', '2025-06-01');
    expect(f?.message).toContain('“$2.5 billion”');
  });
});

describe('the hover', () => {
  it('shows the figure read with its spaced unit', () => {
    const a = run('The H100 has a memory bandwidth of 4.8 TB/s.', '2024-06-01');
    const claim = a.claims.find((c) => c.quantity.text === '4.8')!;
    expect(hoverMarkdown(claim, [], [], 'en')).toContain('`4.8 TB/s`');
  });
});
