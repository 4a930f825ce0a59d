/**
 * A year in a table column headed "Fiscal year", "FY" or 财年 is the company's fiscal year: "| 财年 | 营收 |"
 * over "| 2024 | 609.22亿美元 |" lists fiscal 2024's revenue, as "2024财年" in the cell would. The header
 * names what kind of year the column holds; read alone, the bare "2024" was calendar 2024, and a company
 * whose fiscal year ends in January had every row called another period's figure.
 * Only a cell that holds nothing but the year (a trailing 年 is part of it), under a header that is the
 * fiscal-year words alone (a bracketed note may follow: "Fiscal year (ends late Jan)"). Part of binding:
 * periodBinding.ts periodFinder rewrites the pattern matches once per document.
 */
import type { RawMatch } from './periods';
import { tableGrids } from './tables';

/** A header that names the fiscal year and nothing else, an aside in brackets aside. */
const FISCAL_HEADER = /^(?:fiscal(?:\s+years?)?|fy|财年|财政年度|会计年度)\s*(?:[(（][^)）]*[)）])?$/i;

/** The year matches that fill a cell under a fiscal-year header, read as fiscal years; the rest unchanged. */
export function fiscalColumnYears(text: string, raws: RawMatch[]): RawMatch[] {
  if (!raws.some((r) => r.spec.t === 'year' && !r.spec.fiscal)) return raws;
  const cells: { start: number; end: number }[] = [];
  for (const grid of tableGrids(text)) {
    const fiscal = grid.header.map((h) => FISCAL_HEADER.test(text.slice(h.start, h.end).trim()));
    if (!fiscal.includes(true)) continue;
    for (const row of grid.rows) {
      if (row.cells.length !== grid.header.length) continue;
      row.cells.forEach((c, i) => fiscal[i] && cells.push(c));
    }
  }
  if (cells.length === 0) return raws;
  return raws.map((r) => {
    if (r.spec.t !== 'year' || r.spec.fiscal) return r;
    const cell = cells.find((c) => c.start <= r.start && r.end <= c.end);
    if (!cell || !/^\s*年?\s*$/.test(text.slice(r.end, cell.end)) || text.slice(cell.start, r.start).trim() !== '') return r;
    return { ...r, spec: { ...r.spec, fiscal: true } };
  });
}
