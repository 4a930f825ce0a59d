/**
 * A section heading that names a party as what its dealings are with ("## The OpenAI contracts" under
 * "# CoreWeave fact sheet") gives neither party to the figures under it (coreference.ts, headingEntity):
 * the section's figures may be either's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

function entityOf(text: string, figure: string): string | undefined {
  const analysis = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: '2025-11-20' }) });
  return analysis.claims.find((c) => c.quantity.text === figure)?.entity?.value;
}

const BODY = 'Spread over five years, the agreement is worth about $2.4 billion a year, more than all of 2024 revenue of $1.92 billion.';

describe('a heading naming the counterparty of the section’s dealings', () => {
  it('en: neither party owns the figure', () => {
    expect(entityOf(`# CoreWeave in brief\n\n## The OpenAI contracts\n\n${BODY}\n`, '$1.92 billion')).toBeUndefined();
  });

  it('zh: the same', () => {
    expect(entityOf('# CoreWeave速览\n\n## 与OpenAI的合同\n\n平摊到五年，这份协议每年约24亿美元，超过2024年全年19.2亿美元的收入。\n', '19.2亿美元')).toBeUndefined();
  });
});

describe('near misses', () => {
  it('a heading that names only the party is its section’s subject', () => {
    expect(entityOf(`# CoreWeave in brief\n\n## OpenAI\n\n${BODY}\n`, '$1.92 billion')).toBe('openai');
  });

  it('with no other party in the headings, the named one stays', () => {
    expect(entityOf(`## The OpenAI contracts\n\n${BODY}\n`, '$1.92 billion')).toBe('openai');
  });
});
