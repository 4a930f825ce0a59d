/**
 * parseIso reads dates by character codes (bind/calendar.ts), for speed: it must answer exactly as the
 * pattern it replaced, `^(\d{4})-(\d{2})-(\d{2})` with a validity test, on any string. daysInMonth reads
 * one table instead of building an array per call.
 */
import { describe, expect, it } from 'vitest';
import { daysInMonth, isValidDate, parseIso } from '../../../server/src/core/bind/calendar';

/** The reading parseIso replaced, kept here as the reference. */
function byPattern(s: string | undefined) {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  const date = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDate(date.y, date.m, date.d) ? date : undefined;
}

describe('parseIso', () => {
  it('reads a date, with or without anything after it', () => {
    expect(parseIso('2024-06-30')).toEqual({ y: 2024, m: 6, d: 30 });
    expect(parseIso('2024-02-29T00:00:00Z')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIso('0099-01-01')).toEqual({ y: 99, m: 1, d: 1 });
  });

  it('refuses what is not a valid date written that way', () => {
    for (const s of [undefined, '', '2024-6-30', '2024-13-01', '2023-02-29', '2024-00-10', '2024/06/30', ' 2024-06-30', '２０２４-06-30', '2024-06-3', '2024-06-3x']) {
      expect(parseIso(s)).toBeUndefined();
    }
  });

  it('answers as the pattern on random strings of date characters', () => {
    const alphabet = '0123456789-12-0--3９ T';
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(next() * 14);
      let s = '';
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      // Half of them shaped like a date, so that the digits and the validity test are exercised too.
      if (i % 2 === 0) s = `${String(1990 + Math.floor(next() * 50))}-${String(Math.floor(next() * 14)).padStart(2, '0')}-${String(Math.floor(next() * 33)).padStart(2, '0')}${s}`;
      expect(parseIso(s), s).toEqual(byPattern(s));
    }
  });
});

describe('daysInMonth', () => {
  it('counts February by leap year and other months by the table', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 30, 30, 30, 30, 31]);
    expect(daysInMonth(2025, 13)).toBeUndefined();
  });
});
