// A small seeded random source, so every generated document is byte-identical across runs and machines.

/** mulberry32: 32-bit state, good enough for picking templates; deterministic for a given seed. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** A value with `decimals` digits after the point, in [lo, hi]. */
  const decimal = (lo, hi, decimals) => (lo + next() * (hi - lo)).toFixed(decimals);
  return { next, int, pick, chance, decimal };
}
