// Summaries of timing samples: median, percentiles (nearest rank), growth exponents, formatting.

export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples) => percentile(samples, 50);
export const max = (samples) => (samples.length ? Math.max(...samples) : NaN);

/** k in time ∝ size^k between two (size, time) points. */
export function growthExponent(size1, time1, size2, time2) {
  return Math.log(time2 / time1) / Math.log(size2 / size1);
}

/** Milliseconds with 2–3 significant digits. */
export function ms(v) {
  if (!Number.isFinite(v)) return '–';
  if (v >= 100) return Math.round(v).toLocaleString('en');
  if (v >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

export const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
export const mb = (v) => (Number.isFinite(v) ? `${Math.round(v)} MB` : '–');

/** A Markdown table from a header row and rows of cells; right-aligns every column but the first. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
