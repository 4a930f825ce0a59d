/**
 * A number inside a known name is the name's, not a figure (bind/nameNumber.ts): the "365" of
 * "Microsoft 365 Copilot" is no claim, and the name it sits in can own the sentence's price.
 */
import { describe, expect, it } from 'vitest';
import { outsideNames } from '../../../server/src/core/bind/nameNumber';
import type { EntityMention } from '../../../server/src/core/bind/mentions';
import type { Quantity } from '../../../server/src/core/model';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';
import { analyzedClaim } from './helpers';

const DATE = '2024-03-01';
const q = (start: number, end: number) => ({ start, end }) as Quantity;
const m = (start: number, end: number): EntityMention => ({ start, end, entity: 'x', kind: 'product' });
const figures = (text: string) => analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: DATE }) }).claims.map((c) => c.quantity.text);

describe('outsideNames', () => {
  it('drops a quantity a mention encloses on both sides, keeps one at its edge or outside', () => {
    expect(outsideNames([q(10, 13)], [m(0, 21)])).toEqual([]);
    expect(outsideNames([q(5, 9)], [m(0, 9)])).toHaveLength(1);
    expect(outsideNames([q(30, 33)], [m(0, 21)])).toHaveLength(1);
  });
});

describe('a number inside a name', () => {
  it('is no figure, and the name owns the price beside it', () => {
    const en = 'Our team pays for Microsoft 365 Copilot at $30 per user per month.';
    expect(figures(en)).not.toContain('365');
    expect(analyzedClaim(en, '$30', DATE)?.entity?.value).toBe('m365-copilot');
    const zh = '我们给团队买的Microsoft 365 Copilot的标价仍是每人每月30美元。';
    expect(figures(zh)).not.toContain('365');
    expect(analyzedClaim(zh, '30美元', DATE)?.entity?.value).toBe('m365-copilot');
  });

  it('near miss: a figure right after a name stays a figure', () => {
    expect(figures('The lab ordered 2,000 H100 GPUs and 500 A100s.')).toContain('2,000 H100 GPUs');
  });
});
