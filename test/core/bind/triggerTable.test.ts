// The trigger table's "names the metric" flag, read through an index of the metric names, against its
// definition read name by name.
import { describe, expect, it } from 'vitest';
import { triggerTable } from '../../../server/src/core/bind/triggerTable';
import { lowerAscii } from '../../../server/src/core/bind/literals';
import { spellingVariants } from '../../../server/src/core/text/spellingVariants';
import type { BindingKnowledge } from '../../../server/src/core/bind/knowledge';
import type { Metric } from '../../../server/src/core/model';
import { KB } from './helpers';

/** The definition: some name is in the trigger, or the trigger is a word (Chinese: a part) of some name. */
function namesMetric(trigger: string, names: string[]): boolean {
  const t = lowerAscii(trigger);
  const chinese = /[\u3400-\u9fff]/.test(t);
  const spaced = ` ${t.replace(/[^a-z0-9]+/g, ' ')} `;
  return names.some((raw) => {
    const lower = lowerAscii(raw);
    if (t.includes(lower)) return true;
    if (chinese) return t.length >= 2 && lower.includes(t);
    return ` ${lower.replace(/[^a-z0-9]+/g, ' ')} `.includes(spaced);
  });
}

function expected(kb: BindingKnowledge): boolean[] {
  const names = [...kb.metrics.values()].flatMap((m) => [...m.names.en.flatMap(spellingVariants), ...m.names.zh]);
  return [...kb.metrics.values()].flatMap((m) => [...new Set([...m.triggers.en, ...m.triggers.zh])].filter((w) => w.trim()).map((w) => namesMetric(w, names)));
}

const metric = (id: string, en: string[], zh: string[], triggers: string[]): Metric =>
  ({ id, names: { en, zh }, kinds: ['money'], periodKind: 'duration', triggers: { en: triggers.filter((w) => !/[\u3400-\u9fff]/.test(w)), zh: triggers.filter((w) => /[\u3400-\u9fff]/.test(w)) } }) as unknown as Metric;

describe('triggerTable strong', () => {
  it('equals the definition on the test knowledge', () => {
    expect(triggerTable(KB).strong).toEqual(expected(KB));
  });

  it('equals the definition on words that sit at the edges of names', () => {
    const kb: BindingKnowledge = {
      entities: new Map(),
      entityAliases: new Map(),
      metrics: new Map(
        [
          metric('revenue', ['Revenue', 'data center revenue'], ['营收', '订阅价格'], ['revenue', 'Revenue growth', 'data-centre', 'center revenue', 'enue data', 'reached', '价格', '价', '营收增长', '支付', 'ARR', 'market cap milestone']),
          metric('market.cap', ['market cap'], ['市值'], ['market cap', 'cap', 'market', 'ket ca', '市', '市值', '收市']),
          metric('odd', ['-x-', 'R&D', 'AI'], ['值'], ['x', ' x ', 'r d', 'R&D spend', '&', '-', 'AIx', '值收']),
        ].map((m) => [m.id, m]),
      ),
    } as unknown as BindingKnowledge;
    const table = triggerTable(kb);
    expect(table.strong).toEqual(expected(kb));
    expect(table.strong.some(Boolean) && table.strong.some((s) => !s)).toBe(true);
  });
});
