/**
 * A figure written with a definite determiner that its paragraph stated before is that figure again:
 * "investor materials project about $3.7 billion of revenue this year … The $3.7 billion is roughly 2.3
 * times last December's $1.6 billion run-rate". "The $3.7 billion" points back at the projection; it is
 * not the run-rate, however near that comparison object's words stand. So it carries the earlier
 * occurrence's entity, product, metric, period and credit, and loses whatever its own clause seemed to
 * give it. Same in Chinese: "这3.7亿美元", "该笔3.7亿美元", "上述3.7亿美元".
 *
 * Only within the paragraph (a block reads only itself), only when an earlier claim of the paragraph has
 * the same kind, value and unit, and only with the determiner right before the figure. What is carried is
 * read from another statement, so an explicit binding is carried as context when the sentences differ:
 * never sure enough for an error on the repeat.
 *
 * With no such claim in the paragraph, a figure that is the head of its phrase ("The $3.7 billion is
 * roughly 2.3 times…", "这3.7亿美元相当于…", not "the $100 billion deal") still points back, to a statement
 * the block cannot see: its own clause's measure and date are the comparison's it is set against, not
 * its own, so it keeps its entity and loses its metric and period (no verdict on it).
 */
import type { Binding, Claim, Span } from '../model';
import { claimWith } from './claimBindings';

const DEFINITE_BEFORE_EN = /(?<![A-Za-z])(?:the|this|that)\s+(?:same\s+)?$/i;
const DEFINITE_BEFORE_ZH = /(?:这|该|此|上述|前述)(?:笔|一|部分)?\s*$/;

/** The figure heads its phrase: a verb (or a noun that restates it, "figure") follows, not a noun it modifies. */
const HEAD_AFTER_EN =
  /^\s*(?:(?:figure|number|total|sum|amount|estimate|projection|forecast)\s+)?(?:is|was|are|were|would|will|could|may|might|represents?|implies|equals|compares|amounts|works|puts|makes|means|looks|sounds|came|comes)\b/i;
const HEAD_AFTER_ZH = /^\s*(?:这个?数字|这一数字)?\s*(?:是|为|相当于|约为|约是|大约是|约合|意味着|占|只是|仅是|已经|已|将|也|就|还|比|，|,)/;

function restatesWith(a: Claim, b: Claim): boolean {
  const x = a.quantity;
  const y = b.quantity;
  return x.kind === y.kind && x.value === y.value && x.currency === y.currency && x.unit === y.unit;
}

function asContext<T>(b: Binding<T> | undefined, sameSentence: boolean): Binding<T> | undefined {
  if (!b || sameSentence || b.how !== 'explicit') return b;
  return { ...b, how: 'context' };
}

export function carryRestatedFigures(text: string, claims: Claim[], paragraphOf: (pos: number) => Span | undefined): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const before = text.slice(Math.max(0, c.quantity.start - 12), c.quantity.start);
    if (!DEFINITE_BEFORE_EN.test(before) && !DEFINITE_BEFORE_ZH.test(before)) continue;
    const paragraph = paragraphOf(c.quantity.start);
    if (!paragraph) continue;
    let earlier: Claim | undefined;
    for (let j = i - 1; j >= 0 && claims[j].quantity.start >= paragraph.start; j--) {
      if (restatesWith(claims[j], c)) {
        earlier = claims[j];
        break;
      }
    }
    if (!earlier) {
      const after = text.slice(c.quantity.end, c.quantity.end + 24);
      if (!HEAD_AFTER_EN.test(after) && !HEAD_AFTER_ZH.test(after)) continue;
      claims[i] = claimWith(c, { entity: c.entity, product: c.product, attribution: c.attribution });
      continue;
    }
    const same = earlier.sentence.start === c.sentence.start;
    claims[i] = claimWith(c, {
      entity: asContext(earlier.entity, same),
      product: asContext(earlier.product, same),
      metric: asContext(earlier.metric, same),
      period: asContext(earlier.period, same),
      attribution: asContext(earlier.attribution, same),
    });
  }
}
