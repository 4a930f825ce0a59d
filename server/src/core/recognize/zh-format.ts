/**
 * Writes numbers as Chinese numerals: 350 -> 三百五十, 2000 -> 两千, 10 -> 十, 1011000 -> 一百零一万一千,
 * 10.25 -> 十点二五. 两 is used for a leading 2 before 百/千/万/亿, 二 elsewhere, as writers do.
 */
const DIGITS = '零一二三四五六七八九';
const SMALL = ['', '十', '百', '千'];
const BIG = ['', '万', '亿', '万亿'];

/** A section below 10,000. `leading`: no higher section before it (十五, not 一十五). */
function section(n: number, leading: boolean): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / Math.pow(10, p)) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) {
      out += '零';
      zero = false;
    }
    if (d === 1 && p === 1 && out === '' && leading) out += SMALL[1];
    else if (d === 2 && p >= 2 && out === '') out += '两' + SMALL[p];
    else out += DIGITS[d] + SMALL[p];
  }
  return out;
}

export function toChineseInteger(n: number): string {
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n) || n >= 1e16) return String(n);
  if (n === 0) return '零';
  const sections: number[] = [];
  let rest = n;
  while (rest > 0) {
    sections.push(rest % 10000);
    rest = Math.floor(rest / 10000);
  }
  let out = '';
  let needZero = false;
  for (let k = sections.length - 1; k >= 0; k--) {
    const sec = sections[k]!;
    if (sec === 0) {
      needZero = out !== '';
      continue;
    }
    if (out !== '' && (needZero || sec < 1000)) out += '零';
    needZero = false;
    out += section(sec, out === '') + BIG[k];
  }
  return out;
}

/** Integer part in numerals, decimals digit by digit after 点. */
export function toChineseNumeral(value: number, decimals: number): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const fixed = abs.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  let out = toChineseInteger(Number(int));
  if (frac) out += '点' + [...frac].map((d) => DIGITS[Number(d)]).join('');
  return (negative ? '负' : '') + out;
}
