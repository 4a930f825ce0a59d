/**
 * The midpoint of a range the sentence writes: "between $2.6 trillion and $4.4 trillion a year, a midpoint
 * of about $3.5 trillion", "2.6万亿至4.4万亿美元，中值约3.5万亿美元", "取中间值约…", "the middle of the range,
 * about …". The midpoint is half the sum of the range's two ends.
 *
 * Only a range the recogniser read as one quantity ("X to Y", "between X and Y", "X至Y"), followed in the
 * same clause by a midpoint word and then a like amount; between the range and the midpoint word only a
 * cadence, a label or a pointer ("of economic value", "which puts") may stand, with no contrast or other
 * estimate ("while Goldman's midpoint is…"). The midpoint word ties the two, so the reading is explicit.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { shortGap, type SentenceView } from './view';

const MIDPOINT_EN = new RegExp(
  `(?:^|[\\s,(—–-])(?:(?:a|the|its|at\\s+a|at\\s+the|with\\s+a)\\s+)?(?:mid-?point|middle(?:\\s+of\\s+(?:the|that|this)\\s+range)?|centre\\s+of\\s+(?:the|that)\\s+range|center\\s+of\\s+(?:the|that)\\s+range)(?:\\s+(?:of|is|was|at|being|comes\\s+to|works\\s+out\\s+to))?[\\s,:]*(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** Lowercase words only before the midpoint word: a cadence or label, not another estimate or party. */
const LEAD_EN = /^[\s,(—–-]*(?:[a-z]+[\s,]+){0,6}/;
const CONTRAST_EN = /\b(?:and|but|while|whereas|versus|vs|though|although|compared|against)\b/i;

const MIDPOINT_ZH = new RegExp(`(?:取其?|其)?(?:区间)?(?:中值|中位数|中间值|中点)(?:约为|约是|约|为|是|在|大约|大概|达)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** Before the midpoint word: a short label and a comma at most, no contrast (而, 但, 另). */
const LEAD_ZH = /^[^，,、而但另另外其他]{0,10}[，,]?\s*(?:其|即|则|如果|若)?$/;

function midpointCue(view: SentenceView, gap: string): boolean {
  if (view.lang === 'zh') {
    const m = MIDPOINT_ZH.exec(gap);
    return !!m && LEAD_ZH.test(gap.slice(0, m.index));
  }
  const m = MIDPOINT_EN.exec(gap);
  if (!m) return false;
  const lead = gap.slice(0, m.index + 1);
  const words = LEAD_EN.exec(lead);
  return !!words && words[0].length >= lead.trimEnd().length && !CONTRAST_EN.test(lead);
}

/** Half the sum of the range's ends, each end at its written precision (the range's value is the midpoint). */
function midpointOf(range: Quantity): { low: number; high: number } {
  const place = range.style.scale * 10 ** -range.style.decimals;
  const half = Math.min(place / 2, Math.abs(range.value) * 0.05);
  return { low: range.value - half, high: range.value + half };
}

/** The two ends as written ("$2.6 trillion and $4.4 trillion" → both), for the formula. */
function endsOf(range: Quantity): string[] {
  const text = range.text.replace(/^\s*(?:between|from)\s+/i, '');
  const ends = text.split(/\s+(?:and|to)\s+|\s*[-–—~～]\s*|至|到/).filter((e) => e.trim() !== '');
  return ends.length === 2 ? ends : [text];
}

export const rangeMidpoint: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  for (let i = 0; i + 1 < qs.length; i++) {
    const range = qs[i];
    const result = qs[i + 1];
    if (range.bound !== 'range' || !checkable(range) || !checkable(result) || result.bound === 'range') continue;
    if (!sameDimension({ ...range, per: undefined }, { ...result, per: undefined })) continue;
    // Ends written in words ("between two and four trillion") may be misread one at a time: digits only.
    if (!endsOf(range).every((e) => /\d/.test(e)) || endsOf(range).length !== 2) continue;
    const gap = shortGap(view, range, result, 60);
    if (gap === undefined || !midpointCue(view, gap)) continue;
    out.push({
      check: 'arith.sum',
      result,
      operands: [range],
      computed: midpointOf(range),
      formula: `(${endsOf(range).join(' + ')}) ÷ 2`,
      certainty: 'explicit',
      lang: view.lang,
      message: { key: 'arith.midpoint', params: {} },
    });
  }
  return out;
};
