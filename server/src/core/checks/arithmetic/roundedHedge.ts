/**
 * How far a hedged figure may be from the value it rounds, inside a relation. "About" on a figure written
 * to two significant digits ("约15亿", "about $2.5 billion") is a real licence for ±10% (checking-model §1).
 * On a figure written to three or more ("约832亿元", "about 415 TWh", "about $16.25 billion") the writer has
 * already said how precise it is: the hedge admits rounding one digit coarser than written, not that the
 * leading digits may be wrong. Inside a relation such a figure is read to half a unit of its next-to-last
 * written digit ("约832" → [827, 837], "about 16.25" → [16.2, 16.3]), so that "about" on a precise-looking
 * figure cannot stretch a sum or ratio off by a tenth. A figure of one significant digit is itself the
 * rounding: "about 90%" is [85, 95] (where that is narrower than ±10%), never 82%. Fact comparisons keep
 * the recogniser's interval.
 */
import type { Quantity } from '../../model';
import type { Interval } from '../intervals';

/** The digits of the number as written, without grouping, leading zeros or (for whole numbers) trailing zeros. */
export function significantFigures(q: Quantity): string {
  // The number span may carry the scale word ("832亿"); only its digits count.
  const written = /\d[\d,]*(?:\.\d+)?/.exec(q.text.slice(q.style.numberSpan.start, q.style.numberSpan.end));
  if (!written) return '';
  const digits = written[0].replace(/[,.]/g, '').replace(/^0+/, '');
  return q.style.decimals === 0 ? digits.replace(/0+$/, '') : digits;
}

function significantDigits(q: Quantity): number {
  return significantFigures(q).length;
}

/** The interval a quantity allows as an operand or result of a relation. */
export function hedgedInterval(q: Quantity): Interval {
  const stated = { low: q.low, high: q.high };
  const digits = significantDigits(q);
  if (q.bound !== 'approx' || q.style.numerals !== 'arabic' || q.value === 0 || digits === 2) return stated;
  const magnitude = Math.floor(Math.log10(Math.abs(q.value)));
  // The hedge admits one digit more of rounding than was written: "约832" to the tens, "about 16.25" to the
  // tenths. A figure of one significant digit is already rounded at it: "about 90%" is [85, 95], never 82.
  const half = digits === 1 ? 10 ** magnitude / 2 : 10 ** (magnitude - (digits - 2)) / 2;
  const low = Math.max(q.low ?? -Infinity, q.value - half);
  const high = Math.min(q.high ?? Infinity, q.value + half);
  return low <= high ? { low, high } : stated;
}

/**
 * The interval of a hedged result the writer computed from operands written exactly, a conversion at a
 * rate written to three or more digits ("按7.076计算，约合520亿元"): the hedge says the result was rounded,
 * and a two-digit result was rounded at its second digit, so it admits one unit of that digit ("约合520亿"
 * → [510, 530]), not ±10%: 66 × 7.076 = 467 is not "约520". Other figures keep `hedgedInterval`.
 */
export function computedResultInterval(q: Quantity): Interval {
  if (q.bound !== 'approx' || q.style.numerals !== 'arabic' || q.value === 0 || significantDigits(q) !== 2) return hedgedInterval(q);
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(q.value))) - 1);
  return { low: q.value - unit, high: q.value + unit };
}

/**
 * "about $450 million a month, or roughly $4.5 billion a year": when a figure is restated in other terms
 * and both the figure and its restatement carry "about", the two hedges admit one uncertainty, that of
 * the quantity both describe; the restatement is the writer's computation from the figure as written,
 * rounded. So the hedge is counted once, on the result: the operand is read at its written precision
 * (half a unit of its last digit, capped at ±5%), the result keeps its ±10%. Counting both would let a
 * restatement be a fifth off ($5.4 billion written $4.5 billion) and still pass.
 */
export function oneHedgeOperand(op: Quantity, result: Quantity): Interval {
  if (op.bound !== 'approx' || result.bound !== 'approx' || op.style.numerals !== 'arabic' || op.value === 0) return hedgedInterval(op);
  const place = op.style.scale * 10 ** -op.style.decimals;
  const half = Math.min(place / 2, Math.abs(op.value) * 0.05);
  return { low: op.value - half, high: op.value + half };
}
