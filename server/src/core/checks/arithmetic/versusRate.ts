/**
 * A rate that names the change between two amounts set against each other: "The plan is about $90 billion,
 * versus $60 billion spent last year — an increase of 50%", "$4.2 million against $3.5 million a year
 * earlier, a rise of 20%".
 *
 * "A versus B" sets A against B, the base it is measured from; a rate right after B, introduced by a dash
 * or a comma and named a change by its own noun ("an increase of", "a decline of", "growth of"), is how
 * far A stands from B: up P = (A ÷ B − 1) × 100%, down P = (1 − A ÷ B) × 100%. growth.ts reads a change
 * written with a verb ("rose from B to A"); this reads the comparison the writer states without one.
 *
 * Only the tight form: A, the comparison word, B (a hedge and an article may stand before it), then at
 * most a few words describing B ("spent in 2024", "a year earlier") with no figure, and the rate. A and
 * B are like amounts, neither written as a change itself ("$2 billion more"). The words tie the three
 * figures, but A and B may be two companies' figures rather than one's over time, so the reading is
 * probable (warning at most), with no fix.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { growthRate, rateFormula, statedDifference } from './growth';
import type { Change, Direction } from './growthPatterns';
import { checkable, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { neighbour, shortGap, type SentenceView } from './view';

/** Between A and B: a comma, then the comparison word ("versus", "vs.", "against", "compared with"). */
const VERSUS = new RegExp(`^\\s*,?\\s*(?:versus|vs\\.?|against|compared (?:with|to))\\s+(?:the\\s+|an?\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** Between B and the rate: a few words on B, a dash or comma, then the change's noun. */
const TO_RATE = new RegExp(
  `^(?:\\s+(?:[A-Za-z][\\w’'-]*|(?:19|20)\\d{2})){0,5}\\s*(?:[,—–]|\\s-)\\s*(?:(?:or|so|i\\.e\\.,?|that is)\\s+)?(?:an?\\s+)?(?:(increase|rise|jump|gain|growth)|(decrease|decline|drop|fall|reduction))\\s+of\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);

function isLevel(q: Quantity | undefined): q is Quantity {
  return !!q && (q.kind === 'money' || q.kind === 'count') && checkable(q) && q.low !== null && q.high !== null;
}

interface Versus {
  a: Quantity;
  b: Quantity;
  direction: Direction;
}

function read(view: SentenceView, p: Quantity): Versus | undefined {
  const b = neighbour(view, p, -1);
  const a = b && neighbour(view, b, -1);
  if (!isLevel(a) || !isLevel(b) || !sameDimension(a, b)) return undefined;
  const ab = shortGap(view, a, b, 30);
  const bp = shortGap(view, b, p, 60);
  if (ab === undefined || bp === undefined || !VERSUS.test(ab)) return undefined;
  const how = TO_RATE.exec(bp);
  if (!how || statedDifference(view, a) || statedDifference(view, b)) return undefined;
  return { a, b, direction: how[1] ? 'up' : 'down' };
}

export const versusRate: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'en') return out;
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const v = read(view, p);
    if (!v) continue;
    const change: Change = { old: v.b, new: v.a };
    // A level below its base cannot have risen, nor one above it fallen: the words say otherwise, no reading.
    if ((v.direction === 'up') !== v.a.value > v.b.value) continue;
    out.push({
      check: 'arith.growth',
      result: p,
      operands: [v.b, v.a],
      computed: growthRate(change, v.direction),
      formula: rateFormula(change, v.direction),
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
      recompute: ([old, level]) => growthRate({ old, new: level }, v.direction),
      gapOnRemainder: v.direction === 'down',
    });
  }
  return out;
};
