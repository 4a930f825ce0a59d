/**
 * An item of a prose arrow series takes only its own date (bind/arrowItem.ts).
 */
import { describe, expect, it } from 'vitest';
import { arrowItem } from '../../../server/src/core/bind/arrowItem';
import { flaggedClaim } from './flaggedClaim';

const at = (text: string, figure: string) => ({ start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });
const whole = (text: string) => ({ start: 0, end: text.length });

describe('arrowItem', () => {
  const text = 'Sign-ups: 20M (June 2024) → 35M (November) → about 50M at the spring launch, a steady climb.';

  it('spans from the arrow before the figure to the next arrow or the clause end', () => {
    const item = arrowItem(text, at(text, '35M'), whole(text));
    expect(text.slice(item!.start, item!.end).trim()).toBe('35M (November)');
    const last = arrowItem(text, at(text, '50M'), whole(text));
    expect(text.slice(last!.start, last!.end).trim()).toBe('about 50M at the spring launch');
  });

  it('near misses: the first item, and a sentence with no arrow', () => {
    expect(arrowItem(text, at(text, '20M'), whole(text))).toBeUndefined();
    const plain = 'Sign-ups reached 35M in November and 50M later.';
    expect(arrowItem(plain, at(plain, '50M'), whole(plain))).toBeUndefined();
  });

  it('does not date the last item by the bracket of the item before it', () => {
    expect(flaggedClaim(text, '50M', '2025-06-01').claim?.period?.value.label).not.toBe('November 2024');
  });
});
