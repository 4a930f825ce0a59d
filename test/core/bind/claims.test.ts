/**
 * Data-driven binding cases (test/fixtures/bind/claims.*.json): each case binds a short text and
 * checks the bindings of one quantity. An expected null means "must stay unbound".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Binding, Claim, Period, QuantityKind } from '../../../server/src/core/model';
import { bind, claimOf, qAt } from './helpers';

interface Case {
  name: string;
  text: string;
  date?: string;
  quantities: [string, QuantityKind][];
  target?: string;
  expect: Record<string, string | null>;
}

function load(name: string): Case[] {
  return JSON.parse(readFileSync(new URL(`../../fixtures/bind/${name}`, import.meta.url), 'utf8')) as Case[];
}

/** The observed value of each expectation key. */
function observe(c: Claim, key: string): string | null {
  const value = (b: Binding<string> | undefined) => b?.value ?? null;
  const how = (b: Binding<unknown> | undefined) => b?.how ?? null;
  const period = c.period as Binding<Period> | undefined;
  switch (key) {
    case 'entity': return value(c.entity);
    case 'entityHow': return how(c.entity);
    case 'product': return value(c.product);
    case 'metric': return value(c.metric);
    case 'metricHow': return how(c.metric);
    case 'period': return period?.value.label ?? null;
    case 'periodStart': return period?.value.start ?? null;
    case 'periodEnd': return period?.value.end ?? null;
    case 'periodHow': return how(period);
    case 'attribution': return value(c.attribution);
    case 'attributionHow': return how(c.attribution);
    default: throw new Error(`unknown expectation ${key}`);
  }
}

for (const file of ['claims.en.json', 'claims.zh.json']) {
  describe(`binding cases: ${file}`, () => {
    for (const k of load(file)) {
      it(k.name, () => {
        const quantities = k.quantities.map(([t, kind]) => qAt(k.text, t, kind));
        const target = quantities.find((x) => x.text === (k.target ?? k.quantities[0][0]))!;
        const claim = claimOf(bind(k.text, quantities, k.date), target);
        const observed = Object.fromEntries(Object.keys(k.expect).map((key) => [key, observe(claim, key)]));
        expect(observed).toEqual(k.expect);
      });
    }
  });
}
