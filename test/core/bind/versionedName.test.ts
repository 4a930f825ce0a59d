/**
 * A model's version number is a letter of its name, not a figure (bind/versionedName.ts): a date in the
 * relative clause of another figure that names a versioned model still dates that figure alone
 * (bind/modifierDate.ts).
 */
import { describe, expect, it } from 'vitest';
import { versionsAsLetters } from '../../../server/src/core/bind/versionedName';
import { flaggedClaim } from './flaggedClaim';

describe('versionsAsLetters', () => {
  it('writes a name\'s version as letters, same length', () => {
    const words = ' that Gemini 1.5 Pro listed at its ';
    expect(versionsAsLetters(words)).toBe(' that Gemini vvv Pro listed at its ');
  });

  const cases: [string, string][] = [
    ['the price GPT-4 asked', 'the price GPT-v asked'],
    ['what Llama 3.1 cost', 'what Llama vvv cost'],
    // Days, fiscal labels, counts and amounts are left alone.
    ['by March 18 it had', 'by March 18 it had'],
    ['in FY 2024 the', 'in FY 2024 the'],
    ['the Top 10 list', 'the Top 10 list'],
    ['Acme 5 billion', 'Acme 5 billion'],
    ['Acme 12%', 'Acme 12%'],
  ];
  it.each(cases)('%s → %s', (words, out) => {
    expect(versionsAsLetters(words)).toBe(out);
  });
});

describe('a date in another figure\'s relative clause naming a versioned model', () => {
  it('does not date the figure compared with it', () => {
    const text = "Gemini 1.5 Flash's $0.35 input is a tenth of the $3.50 that Gemini 1.5 Pro charged at its May 2024 launch.";
    const { claim } = flaggedClaim(text, '$0.35', '2025-03-01');
    expect(claim).toBeDefined();
    expect(claim?.period?.value.start).not.toBe('2024-05-01');
  });

  it('near miss: a date of the figure\'s own clause still dates it', () => {
    const text = 'In May 2024 Gemini 1.5 Flash listed at $0.35 per million input tokens.';
    expect(flaggedClaim(text, '$0.35', '2025-03-01').claim?.period?.value.start).toBe('2024-05-01');
  });
});
