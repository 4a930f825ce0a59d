/**
 * Wider binding (a heading's entity over a whole section, table rows) must not turn guesses into
 * warnings: "out of date" and points read as percent need the figure's owner named in its sentence.
 * Anything bound only from a heading stays information.
 */
import { describe, expect, it } from 'vitest';
import type { BindingHow, Claim, Quantity } from '../../../server/src/core/model';
import { factFinding } from '../../../server/src/core/checks/facts/findings';
import type { Judgement } from '../../../server/src/core/checks/facts/judgement';
import { loadFactBase } from '../../../server/src/core/facts/index';
import { bundledDataDir, readBundledFactFiles } from '../../../server/src/node/factFiles';
import { q } from './helpers';

const kb = loadFactBase(readBundledFactFiles(bundledDataDir()));

function claimWith(quantity: Quantity, entity: string, how: BindingHow, metric?: string, lang: 'en' | 'zh' = 'en'): Claim {
  return {
    id: `c${quantity.start}`,
    quantity,
    sentence: { start: 0, end: quantity.end },
    lang,
    entity: { value: entity, how },
    ...(metric ? { metric: { value: metric, how: 'explicit' as const } } : {}),
  };
}

function fact(id: string) {
  const f = kb.factById(id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
}

describe('severity with an entity bound from context', () => {
  const stale: Judgement = { verdict: 'stale', deciding: [fact('NVDA-Q3FY25-REV.revenue')], related: [fact('NVDA-Q2FY25-REV')] };

  it('keeps a stale figure under a heading\'s entity to information (English)', () => {
    const quantity = q('$30.0B', 0, 6, 'money', 30e9, { currency: 'USD' });
    expect(factFinding(claimWith(quantity, 'nvidia', 'context', 'revenue'), stale, kb, 'en')?.severity).toBe('information');
    expect(factFinding(claimWith(quantity, 'nvidia', 'explicit', 'revenue'), stale, kb, 'en')?.severity).toBe('warning');
  });

  it('keeps a stale figure under a heading\'s entity to information (Chinese)', () => {
    const quantity = q('300亿美元', 0, 6, 'money', 30e9, { currency: 'USD' });
    expect(factFinding(claimWith(quantity, 'nvidia', 'context', 'revenue', 'zh'), stale, kb, 'zh-cn')?.severity).toBe('information');
    expect(factFinding(claimWith(quantity, 'nvidia', 'sentence', 'revenue', 'zh'), stale, kb, 'zh-cn')?.severity).toBe('warning');
  });

  it('keeps points read as percent under a heading\'s entity to information (both languages)', () => {
    // The points-as-percent rule names the measure the percent's words give it (metricMixups.ts): a
    // wrong-metric judgement with no measure to name only ever informs.
    const points: Judgement = { verdict: 'wrong-metric', deciding: [fact('MSFT-AZURE-AI-Q2FY24.points')], related: [], claimedMetric: 'share-of-revenue' };
    const en = q('6%', 0, 2, 'percent', 6);
    const zh = q('6%', 0, 2, 'percent', 6);
    expect(factFinding(claimWith(en, 'microsoft', 'context'), points, kb, 'en')?.severity).toBe('information');
    expect(factFinding(claimWith(zh, 'microsoft', 'context', undefined, 'zh'), points, kb, 'zh-cn')?.severity).toBe('information');
    expect(factFinding(claimWith(en, 'microsoft', 'explicit'), points, kb, 'en')?.severity).not.toBe('information');
  });
});
