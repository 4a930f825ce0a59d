/**
 * A figure quoted as someone else wrote it, after a verb of writing it so: "寒武纪上半年营收28.81亿元…有海外
 * 转载写成“28.81亿美元”", "revenue was ¥2.88 billion; one wire wrote it as “$2.88 billion”". The quote is
 * the paragraph's earlier figure written over again, with another unit, currency or scale: the same
 * measure of the same owner for the same period, so it carries that figure's entity, metric and period
 * (and is judged as such: a currency or a scale slip).
 *
 * Only when a reader can tell which figure was misquoted:
 * - the verb of writing it so (写成, 写作, 译成, 误作, 说成, "wrote it as", "written as", "reported as")
 *   stands right before the opening quote mark, and the figure opens the quote;
 * - the figure's own clause gave it no measure;
 * - exactly one earlier claim of the paragraph, of the same kind, is written with the same digits and
 *   has a measure (two such figures leave it unread).
 * What is carried is read from another statement, so it binds as context: never sure enough for an error.
 */
import type { Binding, Claim, Span } from '../model';
import { claimWith } from './claimBindings';

/** A verb of writing a figure so, then the opening quote mark, right before the figure. */
const WRITTEN_AS = /(?:写成|写作|译成|误作|误写为|说成|报成|(?<![A-Za-z])(?:wrote it as|written as|reported it as|reported as|rendered as|printed as))\s*[“"「『‘']\s*$/i;

/** The figure's digits as written, without grouping commas: "28.81" of "28.81亿美元", "5576000" of "5,576,000". */
function digitsOf(text: string): string | undefined {
  return /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '');
}

const asContext = <T>(b: Binding<T> | undefined): Binding<T> | undefined => (b && b.how !== 'context' ? { ...b, how: 'context' } : b);

export function carryMisquotedFigures(text: string, claims: Claim[], paragraphOf: (pos: number) => Span | undefined): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.metric) continue;
    if (!WRITTEN_AS.test(text.slice(Math.max(0, c.quantity.start - 24), c.quantity.start))) continue;
    const paragraph = paragraphOf(c.quantity.start);
    const digits = digitsOf(c.quantity.text);
    if (!paragraph || !digits) continue;
    const earlier = claims.filter(
      (o, j) => j < i && o.quantity.start >= paragraph.start && o.metric && o.quantity.kind === c.quantity.kind && digitsOf(o.quantity.text) === digits,
    );
    if (earlier.length !== 1) continue;
    const source = earlier[0];
    claims[i] = claimWith(c, {
      entity: asContext(source.entity) ?? c.entity,
      product: asContext(source.product) ?? c.product,
      metric: asContext(source.metric),
      period: asContext(source.period) ?? c.period,
      attribution: c.attribution,
    });
  }
}
