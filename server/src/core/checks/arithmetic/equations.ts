/**
 * Explicit equations written in the text: "$133M × 12 = $1.6B", "16亿 ÷ 12 = 1.33亿", "$225 million +
 * $1.3 billion = $1.525 billion", "$60.9 billion minus $27.0 billion, comes to $33.9 billion",
 * "1% × $24.0B = $240 million". Only chains whose every link is an operator sign or word are read; the
 * usual precedence applies (× and ÷ before + and −). Whole-number factors ("× 12") are exact.
 */
import type { Quantity } from '../../model';
import { add, div, mul, scale, sub, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween } from './view';

type Op = '×' | '÷' | '+' | '−';

const OPERATORS: [RegExp, Op][] = [
  [/^\s*(?:×|\*|·|✕|x|X|times|multiplied by|乘以|乘)\s*$/, '×'],
  [/^\s*(?:÷|\/|divided by|over|除以)\s*$/, '÷'],
  [/^\s*(?:\+|plus|加上|加)\s*$/, '+'],
  [/^\s+(?:-|–)\s+$|^\s*(?:−|minus|less|减去|减)\s*$/, '−'],
];
const EQUALS = new RegExp(
  `^\\s*[,，]?\\s*(?:=|≈|≅|equals|is equal to|comes to|come to|gives|yields|makes|→|等于|得到|得)\\s*(?:${HEDGE_EN}\\s+|${HEDGE_ZH})?\\s*$`,
  'i',
);

/** A value with what it measures: a currency, a percentage, or a plain number (count, factor, ratio). */
interface Term {
  interval: Interval;
  currency?: string;
  percent?: boolean;
}

function termOf(q: Quantity): Term | undefined {
  if (!checkable(q)) return undefined;
  if (q.kind === 'money') return q.per && q.per.amount !== 1 ? undefined : { interval: intervalOf(q), currency: q.currency };
  if (q.kind === 'percent') return { interval: intervalOf(q), percent: true };
  if (q.kind === 'count' || q.kind === 'number' || q.kind === 'multiple' || q.kind === 'ratio') return { interval: intervalOf(q, true) };
  return undefined;
}

/** A percentage used as a factor is a fraction: 3% × $24.3B. */
function asFactor(t: Term): Term {
  return t.percent ? { interval: scale(t.interval, 0.01) } : t;
}

function apply(a: Term, op: Op, b: Term): Term | undefined {
  if (op === '×') {
    const [x, y] = [asFactor(a), asFactor(b)];
    if (x.currency && y.currency) return undefined;
    return { interval: mul(x.interval, y.interval), currency: x.currency ?? y.currency };
  }
  if (op === '÷') {
    if (b.currency && a.currency !== b.currency) return undefined;
    const [x, y] = [asFactor(a), asFactor(b)];
    return { interval: div(x.interval, y.interval), currency: b.currency ? undefined : x.currency };
  }
  if (a.currency !== b.currency || !!a.percent !== !!b.percent) return undefined;
  return { interval: op === '+' ? add(a.interval, b.interval) : sub(a.interval, b.interval), currency: a.currency, percent: a.percent };
}

/** Evaluates terms and operators with × ÷ before + −. */
function evaluate(terms: Term[], ops: Op[]): Term | undefined {
  const sumTerms: Term[] = [terms[0]];
  const sumOps: Op[] = [];
  for (let i = 0; i < ops.length; i++) {
    if (ops[i] === '×' || ops[i] === '÷') {
      const merged = apply(sumTerms[sumTerms.length - 1], ops[i], terms[i + 1]);
      if (!merged) return undefined;
      sumTerms[sumTerms.length - 1] = merged;
    } else {
      sumOps.push(ops[i]);
      sumTerms.push(terms[i + 1]);
    }
  }
  let acc: Term | undefined = sumTerms[0];
  for (let i = 0; i < sumOps.length && acc; i++) acc = apply(acc, sumOps[i], sumTerms[i + 1]);
  return acc;
}

/** The computed value in the stated result's own unit, or undefined when they measure different things. */
function inResultUnit(value: Term, result: Quantity): Interval | undefined {
  if (result.kind === 'money') return value.currency === result.currency && !value.percent ? value.interval : undefined;
  if (value.currency) return undefined;
  if (result.kind === 'percent') return value.percent ? value.interval : scale(value.interval, 100);
  if (value.percent) return undefined;
  return value.interval;
}

/**
 * "RMB 656 million ÷ 7.0999 ≈ $9.2 million": one amount multiplied or divided by a plain number into
 * another currency is a conversion at that number; the result is then in the result's currency.
 */
function converted(value: Term, chain: Quantity[], ops: Op[], result: Quantity): Interval | undefined {
  if (result.kind !== 'money' || !value.currency || value.currency === result.currency) return undefined;
  const money = chain.filter((q) => q.kind === 'money');
  const factors = chain.filter((q) => q.kind === 'number');
  if (money.length !== 1 || factors.length === 0 || !ops.every((o) => o === '×' || o === '÷')) return undefined;
  return value.interval;
}

function operatorOf(gap: string): Op | undefined {
  return OPERATORS.find(([re]) => re.test(gap))?.[1];
}

export const equations: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  let i = 0;
  while (i < qs.length) {
    const chain: Quantity[] = [qs[i]];
    const ops: Op[] = [];
    let j = i;
    while (j + 1 < qs.length) {
      const op = operatorOf(gapBetween(view, qs[j], qs[j + 1]));
      if (!op) break;
      ops.push(op);
      chain.push(qs[j + 1]);
      j++;
    }
    const result = qs[j + 1];
    if (ops.length > 0 && result && EQUALS.test(gapBetween(view, qs[j], result))) {
      const terms = chain.map(termOf);
      const value = terms.every((t): t is Term => t !== undefined) ? evaluate(terms, ops) : undefined;
      const computed = value ? (inResultUnit(value, result) ?? converted(value, chain, ops, result)) : undefined;
      if (computed && checkable(result)) {
        let formula = chain[0].text;
        ops.forEach((o, k) => (formula += ` ${o} ${chain[k + 1].text}`));
        out.push({ check: 'arith.equation', result, operands: chain, computed, formula, certainty: 'explicit', lang: view.lang });
      }
      i = j + 2;
      continue;
    }
    i = j + 1;
  }
  return out;
};
