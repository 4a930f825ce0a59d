/**
 * Writes a fact's value for people, in evidence lines and hovers ("$1.6B", "¥656M", "16亿美元").
 * This is not the author-style formatter (recognize/format.ts): evidence has no author.
 */
import type { Fact, Lang } from '../model';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CNY: '¥', JPY: 'JP¥', HKD: 'HK$', TWD: 'NT$', KRW: '₩' };
const ZH_CURRENCY: Record<string, string> = { USD: '美元', CNY: '元', EUR: '欧元', GBP: '英镑', JPY: '日元', HKD: '港元', TWD: '新台币', KRW: '韩元' };

function trim(n: number, digits = 3): string {
  return Number(n.toPrecision(digits)).toString();
}

function enMagnitude(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return trim(v / 1e12) + 'T';
  if (a >= 1e9) return trim(v / 1e9) + 'B';
  if (a >= 1e6) return trim(v / 1e6) + 'M';
  if (a >= 1e4) return trim(v / 1e3) + 'k';
  return trim(v, 6);
}

function zhMagnitude(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return trim(v / 1e12) + '万亿';
  if (a >= 1e8) return trim(v / 1e8) + '亿';
  if (a >= 1e4) return trim(v / 1e4) + '万';
  return trim(v, 6);
}

export function humanizeNumber(value: number, unit: string, lang: Lang = 'en'): string {
  if (unit === 'percent') return `${trim(value)}%`;
  if (unit === 'points') return lang === 'zh' ? `${trim(value)}个百分点` : `${trim(value)} pp`;
  if (unit === 'multiple') return `${trim(value)}×`;
  if (unit === 'ratio') return trim(value);
  if (unit.includes('/')) return `${trim(value, 5)} ${unit}`;
  if (SYMBOLS[unit] !== undefined) {
    return lang === 'zh' ? zhMagnitude(value) + ZH_CURRENCY[unit] : SYMBOLS[unit] + enMagnitude(value);
  }
  return lang === 'zh' ? zhMagnitude(value) : enMagnitude(value);
}

export function humanizeFact(f: Fact, lang: Lang = 'en'): string {
  const per = f.per ? ` / ${f.per.amount === 1 ? '' : humanizeNumber(f.per.amount, 'count', lang) + ' '}${f.per.unit}` : '';
  if (f.low !== undefined || f.high !== undefined) {
    const lo = f.low !== undefined ? humanizeNumber(f.low, f.unit, lang) : '…';
    const hi = f.high !== undefined ? humanizeNumber(f.high, f.unit, lang) : '…';
    return `${lo}–${hi}${per}`;
  }
  if (f.value !== undefined) {
    const approx = f.qualifiers.includes('approx') ? '~' : '';
    return approx + humanizeNumber(f.value, f.unit, lang) + per;
  }
  return f.text ?? '';
}
