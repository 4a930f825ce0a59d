/**
 * Period expressions (test/fixtures/bind/periods.json): every resolved expression of the text, in
 * order, with its dates and (where given) its label.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../../server/src/core/bind/index';

interface Case {
  name: string;
  text: string;
  documentDate?: string;
  fiscalYearEnd?: string;
  expect: [string, string, string, string?][];
}

const cases = JSON.parse(readFileSync(new URL('../../fixtures/bind/periods.json', import.meta.url), 'utf8')) as Case[];

describe('findPeriods', () => {
  for (const k of cases) {
    it(k.name, () => {
      const found = findPeriods(k.text, { start: 0, end: k.text.length }, { documentDate: k.documentDate, fiscalYearEnd: k.fiscalYearEnd });
      const observed = found.map((f, i) => {
        const row: (string | undefined)[] = [k.text.slice(f.start, f.end), f.period.start, f.period.end];
        if (k.expect[i]?.[3] !== undefined) row.push(f.period.label);
        return row;
      });
      expect(observed).toEqual(k.expect);
    });
  }

  it('only reports expressions inside the span, with document offsets', () => {
    const text = 'In 2022 nothing. In Q3 2023 a lot.';
    const start = text.indexOf('In Q3');
    const found = findPeriods(text, { start, end: text.length }, {});
    expect(found.map((f) => [f.start, f.end, f.period.label])).toEqual([[start + 3, start + 10, 'Q3 2023']]);
  });
});
