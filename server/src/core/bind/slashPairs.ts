/**
 * "| 10月 / 11月 / 12月平均 | 7.09 / 7.21 / 7.28 |", "| Revenue (FY2023 / FY2024) | $27.0B / $60.9B |": a
 * table cell that holds several figures split by slashes, under a label (the row's label cell or the
 * column's header) that holds as many periods split by slashes, pairs them item by item, as "A / B"
 * over "X / Y" reads to any reader of a table. The k-th figure takes the k-th period; read alone, every
 * figure would take the period written nearest to it, which for the first one is the last label.
 *
 * Only when the counts agree and the separators are slashes on both sides: a label with another count
 * of periods ("2024年10-12月 | 7.09 / 7.28") says nothing about which figure is which.
 */
import type { Binding, Period, Quantity } from '../model';
import { joinedSeriesPeriod, type PeriodFinder } from './joinedSeries';
import type { TableCell } from './tables';

/** Between two items of a slash list: a slash (either width), spaces at most. */
const SLASH = /^\s*[/／]\s*$/;

/** Only as many periods as figures say which is which. */
const pickSame = (k: number, figures: number, periods: number): number | undefined => (periods === figures ? k : undefined);

/** The period a slash-paired label gives q, else `found`. */
export function slashPairedPeriod(text: string, cell: TableCell, q: Quantity, rowQuantities: readonly Quantity[], find: PeriodFinder, found: Binding<Period> | undefined): Binding<Period> | undefined {
  return joinedSeriesPeriod(SLASH, pickSame, text, cell, q, rowQuantities, find, found);
}
