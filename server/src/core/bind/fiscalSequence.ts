/**
 * "2024财年第一季度（2023年7-9月）为3个百分点，第二季度为6个百分点", "in the first quarter of fiscal 2024,
 * … in the second quarter": a year-less quarter after a fiscal quarter of a written fiscal year goes on
 * in that fiscal year, as a reader takes it, not in the calendar year of the fiscal quarter's gloss. A
 * bracketed gloss right after an expression ("（2023年7-9月）") restates it and starts no sequence;
 * any other dated expression in between does, and the quarter is then read as before.
 */
import type { Span } from '../model';
import { explicitYear, type PeriodSpec } from './periodSpec';

interface Mentioned extends Span {
  spec: PeriodSpec;
}

/** Only an opening bracket between two expressions: the second glosses the first. */
const GLOSS_BETWEEN = /^\s*[（(]\s*$/;

/** The fiscal quarter the year-less quarter `spec` continues, or undefined. */
export function fiscalQuarterGoingOn(spec: PeriodSpec, earlier: readonly Mentioned[], slice: string, sliceStart: number): PeriodSpec | undefined {
  if (spec.t !== 'quarter' || spec.fiscal || spec.year !== undefined) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i];
    const before = earlier[i - 1];
    if (before && GLOSS_BETWEEN.test(slice.slice(before.end - sliceStart, m.start - sliceStart))) continue;
    const year = explicitYear(m.spec);
    if (m.spec.t === 'quarter' && m.spec.fiscal && year !== undefined) return { ...spec, fiscal: true, year: { abs: year } };
    if (year !== undefined || m.spec.t === 'quarter') return undefined;
  }
  return undefined;
}
