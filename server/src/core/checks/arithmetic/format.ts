/**
 * Writes computed values for the computation lines of a hover: in the draft's language, with the unit
 * of the quantity they are compared with ("1.33亿美元", "$729M", "13.3×", "51.5%").
 */
import type { Lang, Quantity } from '../../model';
import { humanizeNumber } from '../../format/humanize';
import { isBounded, type Interval } from '../intervals';

/** A value written like quantity `like` would be (its currency or unit kind), three significant digits. */
export function writeValue(value: number, like: Quantity, lang: Lang): string {
  switch (like.kind) {
    case 'money':
      return like.currency ? humanizeNumber(value, like.currency, lang) + perSuffix(like, lang) : humanizeNumber(value, 'count', lang);
    case 'percent':
      return humanizeNumber(value, 'percent', lang);
    case 'points':
      return humanizeNumber(value, 'points', lang);
    case 'multiple':
      return humanizeNumber(value, 'multiple', lang);
    case 'ratio':
      return ratioText(value);
    default:
      return humanizeNumber(value, 'count', lang);
  }
}

const ZH_UNITS: Record<string, string> = { day: '天', week: '周', month: '月', quarter: '季度', year: '年', word: '单词', user: '用户', seat: '席位' };

function perSuffix(q: Quantity, lang: Lang): string {
  if (!q.per) return '';
  const amount = q.per.amount === 1 ? '' : humanizeNumber(q.per.amount, 'count', lang) + (lang === 'zh' ? '' : ' ');
  return lang === 'zh' ? `/${amount}${ZH_UNITS[q.per.unit] ?? q.per.unit}` : ` per ${amount}${q.per.unit}`;
}

/** 0.1 → "0.1 (1/10)": fractions read better as 1/n when close to one. */
function ratioText(value: number): string {
  const plain = Number(value.toPrecision(3)).toString();
  if (value > 0 && value < 1) {
    const n = 1 / value;
    if (Math.abs(n - Math.round(n)) < 0.05 * n) return `${plain} (≈1/${Math.round(n)})`;
  }
  return plain;
}

/** "[$129M, $138M]" — the interval a computation allows, in the same unit. */
export function writeInterval(i: Interval, like: Quantity, lang: Lang): string {
  const lo = i.low === null ? '…' : writeValue(i.low, like, lang);
  const hi = i.high === null ? '…' : writeValue(i.high, like, lang);
  return `[${lo}, ${hi}]`;
}

/** How far the stated value is from the computed one, as a signed percentage ("+20%", "−2.9%"). */
export function writeDeviation(stated: number, computed: Interval): string {
  if (!isBounded(computed)) return '';
  const mid = (computed.low + computed.high) / 2;
  if (mid === 0) return '';
  const d = ((stated - mid) / Math.abs(mid)) * 100;
  const digits = Math.abs(d) >= 10 ? 0 : 1;
  const sign = d >= 0 ? '+' : '−';
  return `${sign}${Math.abs(d).toFixed(digits)}%`;
}
