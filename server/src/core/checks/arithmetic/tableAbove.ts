/**
 * A multiple of one table cell over another, the table being the block just above the sentence's
 * paragraph (ARCHITECTURE.md, Decisions: "the table above"): under a price table with a row per model and
 * columns Input | Output, "Opus 4's output rate is four times Sonnet 4's", "GPT-4o的输入价是GPT-4o mini的约17倍";
 * or two columns of one row, "Opus 4的输出价是输入价的5倍", "Haiku's output price is four times its input price".
 *
 * The sentence writes neither operand, so the words must name both cells without doubt, or nothing is
 * read: each name is exactly one row's label (or a run of its words no other row has, "Opus 4" for
 * "Claude Opus 4"), taken whole (a name-like word just before it would make it part of a longer name),
 * and the measure's words name exactly one column ("output" → "Output ($/M)", "输出价" → "输出（每百万
 * tokens）"), or the table has one column of figures and the measure is only "price" or none. Both
 * cells hold one figure and nothing else, of one dimension. The reading follows names, not a cue tying
 * two written numbers, so it is probable: a warning at most, with no fix.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import type { Grid, GridCell } from './tableGrid';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { checkable, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import type { SentenceView } from './view';

/** The one table of the block right above the paragraph, its offsets in the checked text's coordinates. */
export interface TableAbove {
  grid: Grid;
}

/** Words that say "the price" without naming which one (input, output, revenue …). */
const GENERIC_EN = new Set(['price', 'prices', 'rate', 'rates', 'cost', 'costs', 'list', 'the', 'per', 'token', 'tokens', 'figure']);
const GENERIC_ZH = /(?:价格|价|费用|标价|定价|单价)$/;

const COPULA_EN = '(?:is|was|are|were|runs|ran|costs|cost|comes to|sits at|stands at)';
const COPULA_ZH = '(?:则|也|已经|已)?(?:是|为|约为|约是|相当于|达到|只有|仅为|不到|接近)';

/** "Opus 4's output rate is (about) " before the multiple; the name is read from what precedes the 's. */
const SUBJECT_EN = new RegExp(`['’]s\\s+([a-z][a-z ]{0,30}?)\\s+${COPULA_EN}\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** Words that start the next clause, not a measure ("Sonnet 4's, and …", "Sonnet 4's while …"). */
const CONNECTIVE = '(?:and|but|while|which|so|for|in|on|as|at|though|although|because)';
const BOUNDARY = `(?=$|[,.;:)—–]|\\s+${CONNECTIVE}\\b)`;
/** " times Sonnet 4's", " Sonnet 4's output", " of Opus's": the base's name right after the multiple. */
const BASE_EN = new RegExp(`^\\s+(?:times\\s+)?(?:as much as\\s+)?(?:of\\s+)?(?:that of\\s+|what\\s+)?(?:the\\s+)?((?:[^,;:()—–.]|\\.(?=\\S)){1,40}?)['’]s?(?:\\s+(?!${CONNECTIVE}\\b)([a-z]+(?:\\s+(?!${CONNECTIVE}\\b)[a-z]+)?))?\\s*${BOUNDARY}`);
/** " times its input price", " its input": the same row's other column. */
const OWN_BASE_EN = new RegExp(`^\\s+(?:times\\s+)?(?:as much as\\s+)?(?:of\\s+)?its\\s+([a-z]+(?:\\s+(?!${CONNECTIVE}\\b)[a-z]+)?)\\s*${BOUNDARY}`);
/** "Opus charges (about) " before the multiple, then " as much for output as for input" after it: one row, two columns. */
const CHARGES_EN = new RegExp(`\\s+(?:charges|costs|bills|asks)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const AS_MUCH_FOR_EN = new RegExp(`^\\s+(?:times\\s+)?as much for\\s+(?:the\\s+)?([a-z]+)\\s+as(?:\\s+it does)?\\s+for\\s+(?:the\\s+)?([a-z]+)\\s*${BOUNDARY}`);
/** "Opus 4的输出价是Sonnet 4的（约）": subject name, measure, copula, then base (name or measure) and 的. */
const PAIR_ZH = new RegExp(`([^，,。；;：:、]{1,24}?)的([^，,。；;：:、的\\d]{1,8}?)${COPULA_ZH}([^，,。；;：:、]{1,24}?)的\\s*(?:${HEDGE_ZH})?\\s*$`);

export const tableAbove: RelationDetector = (view, ctx) => {
  const grid = ctx.above?.grid;
  if (!grid) return [];
  const out: RelationOutcome[] = [];
  for (const r of view.quantities) {
    if ((r.kind !== 'multiple' && r.kind !== 'ratio') || !checkable(r) || isAmbiguousMultiple(view, r)) continue;
    const pair = view.lang === 'zh' ? readZh(view, r, grid) : readEn(view, r, grid);
    if (!pair) continue;
    const [subject, base] = pair;
    const a = subject.value;
    const b = base.value;
    if (!a || !b || a === b || !sameDimension(a, b)) continue;
    const o = probableRatio(view.lang, r, a, b);
    out.push({ ...o, formula: `${cellName(grid, subject)} ${a.text} ÷ ${cellName(grid, base)} ${b.text}` });
  }
  return out;
};

/** Where a cell is, for the computation line: "Claude Opus 4, Output". */
function cellName(grid: Grid, cell: GridCell): string {
  for (const row of grid.rows) {
    const column = row.indexOf(cell);
    if (column > 0) return `(${row[0].text}, ${grid.header[column].text})`;
  }
  return '';
}

function readEn(view: SentenceView, r: Quantity, grid: Grid): [GridCell, GridCell] | undefined {
  const before = rawBefore(view, r);
  const m = SUBJECT_EN.exec(before);
  if (!m) return asMuchFor(view, r, grid, before);
  const row = rowNamedAtEnd(before.slice(0, m.index), grid);
  const column = columnNamed(m[1], grid, 'en');
  if (row === undefined || column === undefined) return undefined;
  const after = rawAfter(view, r);
  const own = OWN_BASE_EN.exec(after);
  if (own) {
    const other = columnNamed(own[1], grid, 'en');
    return other === undefined || other === column || contentWords(own[1]).length === 0 ? undefined : cells(grid, [row, column], [row, other]);
  }
  const b = BASE_EN.exec(after);
  if (!b) return undefined;
  const baseRow = rowNamed(b[1], grid);
  // A measure written after the base name must be the subject's ("Sonnet 4's output"), or none.
  if (baseRow === undefined || baseRow === row || (b[2] !== undefined && columnNamed(b[2], grid, 'en') !== column)) return undefined;
  return cells(grid, [row, column], [baseRow, column]);
}

/** "Opus charges four times as much for output as for input": the row's two columns. */
function asMuchFor(view: SentenceView, r: Quantity, grid: Grid, before: string): [GridCell, GridCell] | undefined {
  const c = CHARGES_EN.exec(before);
  const m = c && AS_MUCH_FOR_EN.exec(rawAfter(view, r));
  if (!c || !m) return undefined;
  const row = rowNamedAtEnd(before.slice(0, c.index), grid);
  const column = columnNamed(m[1], grid, 'en');
  const other = columnNamed(m[2], grid, 'en');
  if (row === undefined || column === undefined || other === undefined || other === column || contentWords(m[1]).length === 0 || contentWords(m[2]).length === 0) return undefined;
  return cells(grid, [row, column], [row, other]);
}

function readZh(view: SentenceView, r: Quantity, grid: Grid): [GridCell, GridCell] | undefined {
  const before = rawBefore(view, r);
  const m = PAIR_ZH.exec(before);
  if (!m) return undefined;
  const row = rowNamedAtEnd(before.slice(0, m.index + m[1].length), grid);
  const column = columnNamed(m[2], grid, 'zh');
  if (row === undefined || column === undefined) return undefined;
  const baseWords = m[3].trim();
  const baseRow = rowNamed(baseWords, grid);
  if (baseRow !== undefined) return baseRow === row ? undefined : cells(grid, [row, column], [baseRow, column]);
  // "Opus 4的输出价是输入价的5倍": the base is the same row's other column, named by its measure.
  const other = baseWords.replace(GENERIC_ZH, '') ? columnNamed(baseWords, grid, 'zh') : undefined;
  return other === undefined || other === column ? undefined : cells(grid, [row, column], [row, other]);
}

/**
 * The sentence's text before / after the multiple, read through other numbers: a model's name often holds
 * one ("Max 2", "Opus 4"), which the recogniser reads as a figure. The patterns say what may stand between.
 */
function rawBefore(view: SentenceView, r: Quantity): string {
  const at = r.start - view.span.start;
  return view.text.slice(Math.max(0, at - 80), at);
}

function rawAfter(view: SentenceView, r: Quantity): string {
  const at = r.end - view.span.start;
  return view.text.slice(at, at + 60);
}

/** Both cells, when each holds one figure and nothing else. */
function cells(grid: Grid, [r1, c1]: [number, number], [r2, c2]: [number, number]): [GridCell, GridCell] | undefined {
  const a = grid.rows[r1][c1];
  const b = grid.rows[r2][c2];
  return a?.value && b?.value ? [a, b] : undefined;
}

/** A row label without its asides: "GPT-4.5 (preview)" → "GPT-4.5", "GPT-4o（8月新版）" → "GPT-4o". */
function labelOf(cell: GridCell | undefined): string {
  return (cell?.text ?? '').replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').trim();
}

function tokens(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** A run of words that can name a row by itself: it has a letter or a Chinese character, not just "4". */
function namingRun(words: string[]): boolean {
  return words.some((w) => /[A-Za-z\u4e00-\u9fff]/.test(w));
}

/**
 * The row the words name: the row whose label they are, else the one row having them as a run of its
 * label's words. Several rows sharing the run ("Claude" in every Claude row), or none: no row.
 */
function rowNamed(words: string, grid: Grid): number | undefined {
  const name = words.trim().replace(/^the\s+/i, '').toLowerCase();
  if (!name) return undefined;
  const exact: number[] = [];
  const partial: number[] = [];
  grid.rows.forEach((row, i) => {
    const label = labelOf(row[0]).toLowerCase();
    if (!label) return;
    if (label === name) exact.push(i);
    else if (hasRun(tokens(label), tokens(name))) partial.push(i);
  });
  if (exact.length === 1) return exact[0];
  if (exact.length === 0 && partial.length === 1 && namingRun(tokens(name))) return partial[0];
  return undefined;
}

function hasRun(label: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= label.length; i++) if (run.every((w, k) => label[i + k] === w)) return true;
  return false;
}

/**
 * The row named by the words the text ends with. The name is taken whole: it may not follow a name-like
 * word ("Sonnet 4" is not "4") or run on from letters or digits ("Opus" in "MegaOpus").
 */
function rowNamedAtEnd(text: string, grid: Grid): number | undefined {
  let best: number | undefined;
  let bestLength = 0;
  let tie = false;
  grid.rows.forEach((row, i) => {
    const words = tokens(labelOf(row[0]));
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const run = words.slice(from, to);
        if (!namingRun(run)) continue;
        const name = run.join(' ');
        if (!text.toLowerCase().endsWith(name.toLowerCase()) || !standsAlone(text, text.length - name.length)) continue;
        const exact = from === 0 && to === words.length;
        const length = name.length + (exact ? 0.5 : 0);
        if (length > bestLength) {
          bestLength = length;
          best = i;
          tie = false;
        } else if (length === bestLength && best !== i) tie = true;
      }
    }
  });
  return tie ? undefined : best;
}

/** Nothing name-like runs into text[at…]: no letter or digit touching it, no name-like word before a space. */
function standsAlone(text: string, at: number): boolean {
  // The word right before is all that is read: end-anchored patterns over the whole text would cost its length.
  const before = text.slice(Math.max(0, at - 80), at);
  if (/[A-Za-z0-9._-]$/.test(before)) return false;
  const word = /([^\s]+)\s+$/.exec(before)?.[1];
  return !word || !/^[A-Z0-9]|[0-9]$/.test(word);
}

function contentWords(measure: string): string[] {
  return tokens(measure.toLowerCase()).filter((w) => !GENERIC_EN.has(w));
}

/**
 * The column the measure names: the one header having all its content words ("output" in "Output ($/M)",
 * "输出" in "输出（每百万tokens）"). A measure of generic words only ("price", "价格") names the table's one
 * column of figures, when it has just one.
 */
function columnNamed(measure: string, grid: Grid, lang: 'en' | 'zh'): number | undefined {
  const content = lang === 'zh' ? measure.trim().replace(GENERIC_ZH, '') : contentWords(measure).join(' ');
  const columns = grid.header.map((_, i) => i).filter((i) => i > 0);
  const matching = content
    ? columns.filter((i) => {
        const header = grid.header[i].text.toLowerCase();
        return lang === 'zh' ? header.includes(content) : contentWords(content).every((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(header));
      })
    : columns.filter((i) => grid.rows.every((row) => row[i]?.value !== undefined));
  return matching.length === 1 ? matching[0] : undefined;
}
