/** Entries that parse but are wrong: each is skipped with a problem at the offending node. */
import { describe, expect, it } from 'vitest';
import { FACT_PROBLEM } from '../../../server/src/core/facts/index';
import { bundled, columnOf, ENTITIES, fact, factsFile, lineOf, loadWith } from './fixtures/build';

function loadOne(entry: string, name = 'one.yaml') {
  const text = factsFile(entry, fact('NEIGHBOUR'));
  const kb = loadWith(bundled(name, text));
  expect(kb.factById('NEIGHBOUR')).toBeDefined();
  return { kb, text };
}

describe('fact validation', () => {
  it('maps a schema violation to the line and column of the value', () => {
    const { kb, text } = loadOne(fact('BAD-VALUE', { value: 'ten billion' }));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.schema);
    expect(p?.message).toContain('fact "BAD-VALUE"');
    expect(p?.message).toContain('`value` must be of type number');
    expect(p?.origin).toEqual({ file: 'one.yaml', line: lineOf(text, 'ten billion'), column: columnOf(text, 'ten billion') });
    expect(kb.factById('BAD-VALUE')).toBeUndefined();
  });

  it('points an unknown property at its key and suggests the right one', () => {
    const { kb, text } = loadOne(fact('TYPO', { confidnce: 'low' }));
    const p = kb.problems.find((x) => x.message.includes('confidnce'));
    expect(p?.message).toContain('did you mean `confidence`');
    expect(p?.origin?.line).toBe(lineOf(text, 'confidnce'));
  });

  it('explains a unit that is not allowed', () => {
    const { kb } = loadOne(fact('UNIT', { unit: 'USD billion' }));
    expect(kb.problems[0].message).toMatch(/`unit` is "USD billion"; expected one of USD, CNY/);
  });

  it('needs a value, a range or a text', () => {
    const { kb } = loadOne(fact('EMPTY', { value: '' }));
    expect(kb.problems.map((p) => p.message)).toEqual(['fact "EMPTY": a fact needs a `value`, a `range` or a `text`.']);
  });

  it('reports an unknown entity at the entity line', () => {
    const { kb, text } = loadOne(fact('WHO', { entity: 'globex' }));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.unknownReference);
    expect(p?.message).toBe('fact "WHO": unknown entity "globex" (no entity has this id).');
    expect(p?.origin?.line).toBe(lineOf(text, 'entity: globex'));
  });

  it('reports unknown metrics, products, counterparties and publishers', () => {
    const { kb } = loadOne(fact('REFS', { metric: 'profit', product: 'gadget', counterparty: 'initech', reportedBy: '[daily-news, the-onion]' }));
    const messages = kb.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('unknown metric "profit"');
    expect(messages).toContain('unknown product "gadget"');
    expect(messages).toContain('unknown counterparty "initech"');
    expect(messages).toContain('unknown publisher "the-onion"');
  });

  it('requires a source with a publisher and a url unless the fact is from memory', () => {
    const { kb, text } = loadOne(fact('NO-SOURCE', { sources: '[]' }));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.missingSource);
    expect(p?.origin?.line).toBe(lineOf(text, 'sources: []'));
    const memory = loadOne(fact('MEMORY', { sources: '[]', fromMemory: 'true', confidence: 'low' }));
    expect(memory.kb.problems).toEqual([]);
    expect(memory.kb.factById('MEMORY')?.fromMemory).toBe(true);
  });

  it('rejects javascript: and other non-http URLs at the url line', () => {
    const entry = fact('JS-URL').replace('https://example.com/acme-2023', 'javascript:alert(1)');
    const { kb, text } = loadOne(entry);
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.urlScheme);
    expect(p?.message).toContain('source url must be an http(s) URL');
    expect(p?.origin?.line).toBe(lineOf(text, 'javascript:alert'));
    expect(kb.factById('JS-URL')).toBeUndefined();
    const command = loadOne(fact('CMD-URL').replace('https://example.com/acme-2023', 'command:workbench.action.quit'));
    expect(command.kb.factById('CMD-URL')).toBeUndefined();
  });

  it('rejects impossible dates and periods that end before they start', () => {
    const feb30 = loadOne(fact('FEB-30', { period: '{ start: 2023-02-30, end: 2023-03-31 }' }));
    expect(feb30.kb.problems[0]).toMatchObject({ code: FACT_PROBLEM.impossiblePeriod, message: 'fact "FEB-30": period.start 2023-02-30 is not a calendar date.' });
    const reversed = loadOne(fact('REVERSED', { period: '{ start: 2024-02-01, end: 2024-01-31 }' }));
    expect(reversed.kb.problems[0].message).toContain('starts after it ends (2024-02-01 > 2024-01-31)');
    expect(reversed.kb.problems[0].origin?.line).toBe(lineOf(reversed.text, '2024-02-01'));
    const mixed = loadOne(fact('MIXED', { period: '{ start: 2024-01-01, asOf: 2024-02-01 }' }));
    expect(mixed.kb.problems[0].message).toContain('either `start` and `end`, or `asOf`');
  });

  it('rejects a range whose low end is above its high end, and bounds without a value', () => {
    expect(loadOne(fact('RANGE', { value: '', range: '[3, 2]' })).kb.problems[0].code).toBe(FACT_PROBLEM.impossibleRange);
    expect(loadOne(fact('BOUND', { value: '', range: '[1, 2]', bound: 'over' })).kb.problems[0].message).toContain('`bound` qualifies a `value`');
  });

  it('checks that the unit fits the metric', () => {
    const { kb } = loadOne(fact('USERS-IN-USD', { metric: 'users.weekly' }));
    expect(kb.problems[0]).toMatchObject({ code: FACT_PROBLEM.unitMismatch });
    expect(kb.problems[0].message).toContain('unit "USD" (money) does not fit metric "users.weekly", which takes count');
  });

  it('converts ranges, hedges, bounds and asOf periods into the model', () => {
    const text = factsFile(
      fact('RANGE-OK', { value: '', range: '[25e3, 40e3]', approx: 'true', per: '{ amount: 1, unit: GPU }', product: 'widget' }),
      fact('OVER', { value: '75e9', bound: 'over', period: '{ asOf: 2025-06-30, label: FY2025 }', qualifiers: '[reported]' }),
      fact('TEXT', { value: '', text: '"Mar 18-21, 2024"', unit: 'date', reportedBy: '[daily-news]', seedClaims: '[S01]', sourceSeen: 'true' }),
    );
    const kb = loadWith(bundled('ok.yaml', text));
    expect(kb.problems).toEqual([]);
    expect(kb.factById('RANGE-OK')).toMatchObject({ low: 25e3, high: 40e3, qualifiers: ['approx'], per: { amount: 1, unit: 'GPU' }, product: 'widget' });
    expect(kb.factById('RANGE-OK')?.value).toBeUndefined();
    expect(kb.factById('OVER')).toMatchObject({ value: 75e9, low: 75e9, qualifiers: ['reported', 'over'], period: { start: '2025-06-30', end: '2025-06-30', label: 'FY2025' } });
    expect(kb.factById('OVER')?.high).toBeUndefined();
    expect(kb.factById('TEXT')).toMatchObject({ text: 'Mar 18-21, 2024', reportedBy: ['daily-news'], seedClaims: ['S01'], sourceSeen: true });
    expect(kb.factById('TEXT')?.origin).toEqual({ file: 'ok.yaml', line: lineOf(text, 'id: TEXT'), column: 5 });
  });
});

describe('entity validation', () => {
  it('reports unknown parents and parent loops, skipping those entities', () => {
    const extra = `entities:
  - id: orphan
    kind: product
    names: { en: [Orphan] }
    parent: nobody
  - id: ping
    kind: other
    names: { en: [Ping] }
    parent: pong
  - id: pong
    kind: other
    names: { en: [Pong] }
    parent: ping
`;
    const kb = loadWith(bundled('more-entities.yaml', extra));
    expect(kb.problems.map((p) => [p.code, p.origin?.line])).toEqual([
      [FACT_PROBLEM.unknownReference, lineOf(extra, 'parent: nobody')],
      [FACT_PROBLEM.parentCycle, lineOf(extra, 'parent: pong')],
      [FACT_PROBLEM.parentCycle, lineOf(extra, 'parent: ping')],
    ]);
    expect(kb.entities.has('orphan')).toBe(false);
    expect(kb.entities.has('acme')).toBe(true);
  });

  it('rejects fiscal year ends that are not month-days and ids that are not kebab-case', () => {
    const extra = ENTITIES.replace('"06-30"', '"02-30"').replace('id: widget', 'id: Widget_1');
    const kb = loadWith(bundled('entities2.yaml', extra.replace(/id: (acme|daily-news)/g, 'id: $1-2')));
    const messages = kb.problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('fiscalYearEnd 02-30 is not a calendar month-day'))).toBe(true);
    expect(messages.some((m) => m.includes('entity ids are lower-case kebab-case'))).toBe(true);
  });
});
