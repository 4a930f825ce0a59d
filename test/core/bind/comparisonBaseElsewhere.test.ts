/**
 * The base of a comparison written in another clause ("N% above 2024", "1.6 times 2023") dates no figure
 * of this one (bind/comparisonBaseElsewhere.ts).
 */
import { describe, expect, it } from 'vitest';
import { basesComparisonElsewhere } from '../../../server/src/core/bind/comparisonBaseElsewhere';
import { flaggedClaim } from './flaggedClaim';

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};

describe('basesComparisonElsewhere', () => {
  const text = "Oracle's $35 billion plan is 70% above 2024, and Microsoft's $88 billion is 58% above its 2024 outlay, itself 1.8 times 2023.";
  const clause = span(text, " and Microsoft's $88 billion is 58% above its 2024 outlay");
  const earlierBase = span(text, '2024');
  const ownBase = span(text, '2024', earlierBase.end);
  const laterBase = span(text, '2023');
  const all = [earlierBase, ownBase, laterBase];

  it('an earlier clause\'s base is looked back at from there, never forward', () => {
    expect(basesComparisonElsewhere(text, earlierBase, clause, all)).toBe(true);
  });

  it('a later clause\'s base is not the figure\'s when its own clause has a base', () => {
    expect(basesComparisonElsewhere(text, laterBase, clause, all)).toBe(true);
  });

  it('near miss: a later base with no comparison in the figure\'s clause is left as it was', () => {
    const plain = 'Capex went from $32 billion to $52 billion, and the new guide is 60% above last year.';
    const own = span(plain, 'Capex went from $32 billion to $52 billion');
    const last = span(plain, 'last year');
    expect(basesComparisonElsewhere(plain, last, own, [last])).toBe(false);
  });

  it('near miss: a period that is no comparison\'s base', () => {
    const dated = 'Capex was $52 billion in 2024, and the guide is $75 billion.';
    expect(basesComparisonElsewhere(dated, span(dated, '2024'), span(dated, ' and the guide is $75 billion'), [span(dated, '2024')])).toBe(false);
  });
});

describe('a figure compared in its own clause, between other clauses\' bases', () => {
  it('takes neither the earlier clause\'s base year nor the later one\'s', () => {
    const text = "Microsoft's $80 billion budget is 42% above 2024, and Amazon's ~$118 billion sits 50% above its 2024 outlay, itself 1.8 times 2023.";
    const { claim, verdicts } = flaggedClaim(text, '$118 billion', '2025-11-20');
    expect(claim).toBeDefined();
    expect(['2024-01-01', '2023-01-01']).not.toContain(claim?.period?.value.start);
    expect(verdicts).not.toContain('wrong-period');
  });
});
