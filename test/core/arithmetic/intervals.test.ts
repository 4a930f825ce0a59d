/** Interval arithmetic (checking-model §2) as the arithmetic checks use it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, div, hull, intersects, mul, pow, relativeWidth, sub, widen, type Interval } from '../../../server/src/core/checks/intervals';

const close = (i: Interval, low: number, high: number) => {
  expect(i.low).toBeCloseTo(low, 6);
  expect(i.high).toBeCloseTo(high, 6);
};

describe('interval arithmetic', () => {
  it('multiplies by the extreme ends: 1.33亿 × 12', () => close(mul({ low: 1.325e8, high: 1.335e8 }, { low: 12, high: 12 }), 15.9e8, 16.02e8));
  it('3% × $24.3B spans 0.61B–0.85B, so 7.5亿 is consistent', () => {
    const share = mul({ low: 0.025, high: 0.035 }, { low: 24.25e9, high: 24.35e9 });
    close(share, 0.60625e9, 0.85225e9);
    expect(intersects(share, { low: 7.45e8, high: 7.55e8 })).toBe(true);
  });
  it('$300M × 12 misses $4.2 billion', () => expect(intersects(mul({ low: 299.5e6, high: 300.5e6 }, { low: 12, high: 12 }), { low: 4.15e9, high: 4.25e9 })).toBe(false));
  it('divides by the opposite ends: $3.5B ÷ 120,000', () => close(div({ low: 3.45e9, high: 3.55e9 }, { low: 119999.5, high: 120000.5 }), 3.45e9 / 120000.5, 3.55e9 / 119999.5));
  it('adds lows and highs, subtracts crosswise', () => {
    close(add({ low: 1, high: 2 }, { low: 3, high: 4 }), 4, 6);
    close(sub({ low: 60.85, high: 60.95 }, { low: 26.95, high: 27.05 }), 33.8, 34);
  });
  it('keeps open ends open and pins zero lows', () => {
    expect(mul({ low: 17, high: null }, { low: 2, high: 3 })).toEqual({ low: 34, high: null });
    expect(div({ low: 0, high: 0.1 }, { low: 2, high: 4 })).toEqual({ low: 0, high: 0.05 });
    expect(div({ low: 1, high: 2 }, { low: 0, high: 4 })).toEqual({ low: 0.25, high: null });
    expect(div({ low: 1, high: 2 }, { low: -1, high: 4 })).toEqual({ low: null, high: null });
  });
  it('compounds growth: (2)^(1/4)', () => close(pow({ low: 2, high: 2 }, 0.25), 1.189207, 1.189207));
  it('hull, widen and width', () => {
    expect(hull({ low: 1, high: 2 }, { low: 3, high: 5 })).toEqual({ low: 1, high: 5 });
    close(widen({ low: 10, high: 20 }, 0.1), 9, 22);
    expect(relativeWidth({ low: 9, high: 11 })).toBeCloseTo(0.2);
    expect(relativeWidth({ low: 9, high: null })).toBe(Infinity);
  });
  it('contains every product and quotient of members (property)', () => {
    const pos = fc.double({ min: 0.001, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(pos, pos, pos, pos, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, c, d, s, t) => {
        const x: Interval = { low: Math.min(a, b), high: Math.max(a, b) };
        const y: Interval = { low: Math.min(c, d), high: Math.max(c, d) };
        const xv = x.low! + s * (x.high! - x.low!);
        const yv = y.low! + t * (y.high! - y.low!);
        const eps = 1e-9;
        const p = mul(x, y);
        const q = div(x, y);
        expect(xv * yv).toBeGreaterThanOrEqual(p.low! * (1 - eps));
        expect(xv * yv).toBeLessThanOrEqual(p.high! * (1 + eps));
        expect(xv / yv).toBeGreaterThanOrEqual(q.low! * (1 - eps));
        expect(xv / yv).toBeLessThanOrEqual(q.high! * (1 + eps));
      }),
    );
  });
});
