/** A product that owns the figure ("Azure's revenue", Azure云的营收) is its subject, not the thing priced. */
import { describe, expect, it } from 'vitest';
import { bind, qAt } from './helpers';

describe('possessive products', () => {
  it('are the subject of the money after them (English)', () => {
    const text = "Azure's 2024 revenue of $30 billion would have been higher with more GPUs.";
    const [claim] = bind(text, [qAt(text, '$30 billion', 'money')]);
    expect(claim.entity).toMatchObject({ value: 'azure', how: 'explicit' });
    expect(claim.product).toBeUndefined();
  });

  it('are the subject of the money after them (Chinese)', () => {
    const text = 'Azure云的全年营收300亿美元受制于GPU供给。';
    const [claim] = bind(text, [qAt(text, '300亿美元', 'money')]);
    expect(claim.entity).toMatchObject({ value: 'azure', how: 'explicit' });
    expect(claim.product).toBeUndefined();
  });

  it('still price a product named without a possessive', () => {
    const text = 'An H100 sells for $30,000 to buyers with more GPUs.';
    const [claim] = bind(text, [qAt(text, '$30,000', 'money')]);
    expect(claim.product?.value).toBe('h100');
  });
});
