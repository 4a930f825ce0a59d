/**
 * The period of a figure in a table cell. The sentence's reading (`chosen`) is only where it starts: a
 * table dates its cells through its row and its headers, and each rule below corrects one way that
 * reading goes wrong in a table. The order matters: rules that find a date come first, rules that
 * withdraw one (a launch column, a cut-off header) last, so a date found by any rule can be withdrawn.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import { arrowSeriesPeriod } from './arrowSeries';
import { unlessCutOffHeader } from './cutOffHeader';
import { endedColumnPeriod } from './endedColumn';
import { monthCellPeriod } from './monthCell';
import type { PeriodMention } from './periods';
import { slashPairedPeriod } from './slashPairs';
import { tablePeriod } from './tableBinding';
import type { TableCell } from './tables';
import { rowDateColumnPeriod, rowPeriodByTimeColumn, unlessLaunchColumnDatesPrice } from './timeColumn';

export interface CellPeriodInput {
  text: string;
  cell: TableCell;
  quantity: Quantity;
  /** The figures of the cell's row. */
  rowQuantities: readonly Quantity[];
  /** The period the figure's sentence reading chose, before the table is read. */
  chosen: Binding<Period> | undefined;
  /** Periods written in a span, read in the figure's fiscal calendar. */
  find: (span: Span) => PeriodMention[];
  documentDate: string | undefined;
  fiscalYearEnd: string | undefined;
  /** The figure's measure is a price (a launch column dates the model, not the price). */
  isPrice: boolean;
  /** The figure's measure is a one-off (a round, a deal) or unknown (a cut-off header dates neither). */
  oneOffOrUnmeasured: boolean;
}

export function cellPeriod(input: CellPeriodInput): Binding<Period> | undefined {
  const { text, cell, quantity: q, rowQuantities, find } = input;
  // A date cell dates the row only under a time column, not "Next datapoint" (timeColumn.ts).
  let found = rowPeriodByTimeColumn(text, cell, input.chosen, (h) => find(h).length > 0);
  found = tablePeriod(text, found, cell, q, rowQuantities, find);
  // A month cell with its column header's year ("| Feb |" under "Month (2025)") dates the row (monthCell.ts).
  found = monthCellPeriod(text, cell, found, find, { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd });
  found = endedColumnPeriod(text, cell, found);
  // A row otherwise undated takes its round or date column's date, even one read as a publication's (timeColumn.ts).
  found = rowDateColumnPeriod(text, cell, found, find);
  // Figures split by slashes under as many periods split by slashes pair item by item (slashPairs.ts).
  found = slashPairedPeriod(text, cell, q, rowQuantities, find, found);
  // Figures joined by arrows beside periods joined by arrows run from the first period to the last (arrowSeries.ts).
  found = arrowSeriesPeriod(text, cell, q, rowQuantities, find, found);
  // A launch or release column dates the model, not a price in the row (timeColumn.ts).
  found = unlessLaunchColumnDatesPrice(text, cell, found, input.isPrice);
  // A header's cut-off ("Latest mark (to Nov 2025)") is no date of a round in the column (cutOffHeader.ts).
  return unlessCutOffHeader(text, cell, found, input.oneOffOrUnmeasured);
}
