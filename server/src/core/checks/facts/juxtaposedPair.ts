/**
 * "输出端10美元对1.10美元", "$10 vs. $1.10 per million output tokens", "$61.5B against $183B": two figures
 * set side by side restate a comparison of two parties, one figure each. Both are often bound to the one
 * party the sentence names (the other is its subject, or a pronoun a sentence back), and then one of
 * them is that party's and the other is not. So when one figure of such a pair matches its party's fact,
 * the other figure is the other party's: it is not judged against the first party's fact at all.
 *
 * Only a bare juxtaposition counts (对, 比, vs, versus, against between the two figures, nothing else),
 * only figures of one kind, party and metric, and only when the partner is supported: a pair where
 * neither figure matches is judged as before, figure by figure.
 * Part of the block's fact checks (document/blockChecks.ts).
 */
import type { Claim } from '../../model';
import type { Judgement } from './judgement';

/** Between the two figures: "对", "比", "vs.", "versus", "against" and nothing more. */
const JUXTAPOSED = /^\s*(?:对|比|(?<![A-Za-z])(?:vs\.?|versus|against)(?![A-Za-z]))\s*$/i;

/**
 * The claim at `at` stands in a juxtaposed pair whose other figure is supported as the same party's
 * same metric: it is the other party's figure, not to be judged against that party.
 */
export function otherPartysFigure(text: string, claims: readonly Claim[], at: number, judgementOf: (i: number) => Judgement): boolean {
  const claim = claims[at];
  return [at - 1, at + 1].some((i) => {
    const other = claims[i];
    if (!other || !samePartyAndMetric(claim, other)) return false;
    const [first, second] = i < at ? [other, claim] : [claim, other];
    if (!JUXTAPOSED.test(text.slice(first.quantity.end, second.quantity.start))) return false;
    return judgementOf(i).verdict === 'supported';
  });
}

function samePartyAndMetric(a: Claim, b: Claim): boolean {
  return (
    a.quantity.kind === b.quantity.kind &&
    a.entity !== undefined &&
    a.entity.value === b.entity?.value &&
    a.metric !== undefined &&
    a.metric.value === b.metric?.value
  );
}
