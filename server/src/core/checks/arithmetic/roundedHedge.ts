/**
 * How far a hedged figure may be from the value it rounds, inside a relation. "About" on a figure written
 * to one or two significant digits ("约10亿", "about $2 billion") is a real licence for ±10% (checking-model
 * §1). On a figure written to three or more ("约832亿元", "about 415 TWh", "about $2.54 billion") the writer
 * has already said how precise it is: the hedge admits that the last digit was rounded, not that the
 * first two may be wrong. Inside a relation such a figure is therefore read to half a unit of its second
 * significant digit ("约832" → [827, 837]), so that "about" on a precise-looking figure cannot stretch
 * a sum or ratio off by a tenth. Fact comparisons keep the recogniser's interval.
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
  if (q.bound !== 'approx' || q.style.numerals !== 'arabic' || q.value === 0 || significantDigits(q) < 3) return stated;
  const magnitude = Math.floor(Math.log10(Math.abs(q.value)));
  const half = 10 ** (magnitude - 1) / 2;
  const low = Math.max(q.low ?? -Infinity, q.value - half);
  const high = Math.min(q.high ?? Infinity, q.value + half);
  return low <= high ? { low, high } : stated;
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
