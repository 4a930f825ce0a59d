/**
 * The product a count counts is what it counts, not whose it is: "Meta's H100 target: 600,000 H100
 * GPUs" binds the count to Meta with product H100, though another "H100" stands nearer than "Meta's".
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

function bindingsOf(text: string, figure: string) {
  const q = qAt(text, figure, 'count');
  const c = claimOf(bind(text, [q], '2024-08-01'), q);
  return { entity: c.entity?.value, product: c.product?.value };
}

describe('a count of a product', () => {
  it('belongs to the company named in its clause, not to the product it counts (English)', () => {
    expect(bindingsOf("Meta's H100 target: 600,000 H100 GPUs by the end of 2024.", '600,000 H100 GPUs')).toEqual({ entity: 'meta', product: 'h100' });
  });

  it('and in Chinese', () => {
    expect(bindingsOf('Meta的H100目标:到2024年底拥有60万块H100。', '60万块H100')).toEqual({ entity: 'meta', product: 'h100' });
  });

  it('still belongs to the product when no one else is named', () => {
    expect(bindingsOf('H100 shipments reached 500,000 H100s in 2023.', '500,000 H100s').entity).toBe('h100');
  });

  it('belongs to another product named in the clause (an A100 count is not the H100\'s)', () => {
    expect(bindingsOf('The H100 cluster replaced 20,000 A100s.', '20,000 A100s')).toEqual({ entity: 'h100', product: 'a100' });
  });
});
