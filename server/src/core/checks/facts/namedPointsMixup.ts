/**
 * A sentence that names the points-for-percent mix-up after its figure shows the mix-up, it does not make
 * it: "6% of the segment's revenue is $1.5 billion, and that treats points of growth as a share of
 * revenue", "3% of that is $700 million, because the points are a share of growth, not of revenue",
 * "…6%，但百分点不是收入占比". Its figures are the reading the writer sets out to explain away, so no verdict
 * on them rises above information (the same flag as rejectedReading.ts). The words must come after the
 * figure and say what the points are or are not: a sentence that only mentions points ("AI added 6
 * points, i.e. 6% of revenue") makes the mix-up and is judged.
 */

/** Points said to be a share of growth, not a share of revenue, or treated "as a share of" revenue. */
const NAMED_EN =
  /\bpoints?\b[^.;!?]{0,40}?\b(?:(?:are|is)\s+(?:a\s+|the\s+)?(?:share|part|component)s?\s+of\s+(?:[\w-]+\s+)?growth|(?:are|is)\s+not\s+(?:a\s+|the\s+)?(?:share|percent(?:age)?|portion)\s+of|as\s+(?:a\s+|the\s+)?(?:share|percent(?:age)?|portion)\s+of\s+(?:[\w-]+\s+){0,2}(?:revenue|sales))\b/i;
/** 百分点不是/并非…占比, 把…百分点当作/理解为…占比. */
const NAMED_ZH =
  /百分点[^。；！？;!?]{0,20}?(?:不是|并非|而非|不等于|不能当作|不能看作)[^。；！？;!?]{0,16}?(?:占比|份额|比重|比例)|把[^。；！？;!?]{0,30}?百分点[^。；！？;!?]{0,16}?(?:当作|当成|误作|看作|理解为|算作)[^。；！？;!?]{0,20}?(?:占比|份额|比重|比例)/;

/** The figure at `figureStart` in `sentence` is followed by words naming the points-for-percent mix-up. */
export function namesPointsMixupAfter(sentence: string | undefined, figureStart: number): boolean {
  if (sentence === undefined || figureStart < 0) return false;
  const after = sentence.slice(figureStart);
  return NAMED_EN.test(after) || NAMED_ZH.test(after);
}
