/** Merging files: duplicate ids, workspace packs over bundled data, the index and the alias lists. */
import { describe, expect, it } from 'vitest';
import { ancestorsOf, descendantsOf, FACT_PROBLEM, loadFactBase } from '../../../server/src/core/facts/index';
import { bundled, ENTITIES, fact, factsFile, lineOf, loadWith, METRICS, workspace } from './fixtures/build';

describe('duplicate ids', () => {
  it('reports a duplicate within one file at the second id and keeps the first', () => {
    const text = factsFile(fact('SAME', { value: '1' }), fact('SAME', { value: '2' }));
    const kb = loadWith(bundled('dup.yaml', text));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.duplicateId);
    expect(p?.origin?.line).toBe(lineOf(text, 'id: SAME', 2));
    expect(p?.message).toContain(`already defined at dup.yaml:${lineOf(text, 'id: SAME')}:5`);
    expect(kb.factById('SAME')?.value).toBe(1);
  });

  it('reports a duplicate across two files of the same origin', () => {
    const kb = loadWith(bundled('a.yaml', factsFile(fact('TWICE'))), bundled('b.yaml', factsFile(fact('TWICE', { value: '9' }))));
    expect(kb.problems).toEqual([expect.objectContaining({ code: FACT_PROBLEM.duplicateId, origin: { file: 'b.yaml', line: 2, column: 9 } })]);
    const packs = loadWith(workspace('p1.yaml', factsFile(fact('PACKED'))), workspace('p2.yaml', factsFile(fact('PACKED'))));
    expect(packs.problems.map((p) => p.code)).toEqual([FACT_PROBLEM.duplicateId]);
  });
});

describe('workspace packs', () => {
  it('replace a bundled fact with the same id silently, keeping its place and recording the pack as origin', () => {
    const pack = factsFile(fact('ACME-REV', { value: '1.7e9' }), fact('PACK-ONLY'));
    const kb = loadWith(
      bundled('bundled.yaml', factsFile(fact('FIRST'), fact('ACME-REV'), fact('LAST'))),
      workspace('.tally/facts/acme.yaml', pack),
    );
    expect(kb.problems).toEqual([]);
    expect(kb.factById('ACME-REV')?.value).toBe(1.7e9);
    expect(kb.factById('ACME-REV')?.origin).toEqual({ file: '.tally/facts/acme.yaml', line: 2, column: 5 });
    expect(kb.facts.map((f) => f.id)).toEqual(['FIRST', 'ACME-REV', 'LAST', 'PACK-ONLY']);
    expect(kb.factsFor('acme', 'revenue').map((f) => f.value)).toEqual([1.6e9, 1.7e9, 1.6e9, 1.6e9]);
  });

  it('win whatever order the files are given in', () => {
    const kb = loadFactBase([
      workspace('pack.yaml', factsFile(fact('X', { value: '2' }))),
      bundled('entities.yaml', ENTITIES),
      bundled('metrics.yaml', METRICS),
      bundled('facts.yaml', factsFile(fact('X', { value: '1' }))),
    ]);
    expect(kb.factById('X')?.value).toBe(2);
  });

  it('may define their own entities and metrics in the same file as their facts', () => {
    const pack = `entities:
  - id: globex
    kind: company
    names: { en: [Globex], zh: [] }
metrics:
  - id: revenue
    names: { en: [turnover] }
    triggers: { en: [turnover] }
    kinds: [money]
    periodKind: duration
facts:
${fact('GLOBEX-REV', { entity: 'globex' })}`;
    const kb = loadWith(workspace('pack.yaml', pack));
    expect(kb.problems).toEqual([]);
    expect(kb.factsFor('globex')).toHaveLength(1);
    expect(kb.metrics.get('revenue')?.triggers.en).toEqual(['turnover']);
    expect(kb.entityAliases.find((a) => a.text === 'Globex')?.entity).toBe('globex');
  });

  it('that are broken do not take the bundled facts down', () => {
    const kb = loadWith(bundled('bundled.yaml', factsFile(fact('KEEP'))), workspace('pack.yaml', 'facts:\n  - id: [\n'));
    expect(kb.factById('KEEP')).toBeDefined();
    expect(kb.problems[0].origin?.file).toBe('pack.yaml');
  });
});

describe('the index', () => {
  const kb = loadWith(
    bundled('f.yaml', factsFile(fact('R1'), fact('R2', { period: '{ asOf: 2024-03-01 }' }), fact('U1', { metric: 'users.weekly', unit: 'count', value: '1e8', entity: 'widget' }))),
  );

  it('looks facts up by entity, by entity and metric, and by id', () => {
    expect(kb.problems).toEqual([]);
    expect(kb.factsFor('acme').map((f) => f.id)).toEqual(['R1', 'R2']);
    expect(kb.factsFor('acme', 'revenue').map((f) => f.id)).toEqual(['R1', 'R2']);
    expect(kb.factsFor('widget', 'users.weekly').map((f) => f.id)).toEqual(['U1']);
    expect(kb.factsFor('acme', 'users.weekly')).toEqual([]);
    expect(kb.factsFor('nobody')).toEqual([]);
    expect(kb.factById('U1')?.entity).toBe('widget');
    expect(kb.factById('nope')).toBeUndefined();
  });

  it('lists entity names and metric triggers longest first', () => {
    expect(kb.entityAliases.slice(0, 3)).toEqual([
      { text: 'Daily News', entity: 'daily-news', lang: 'en' },
      { text: 'ACME Corp', entity: 'acme', lang: 'en' },
      { text: 'Widget', entity: 'widget', lang: 'en' },
    ]);
    expect(kb.entityAliases).toContainEqual({ text: '艾克米', entity: 'acme', lang: 'zh' });
    const lengths = kb.metricTriggers.map((t) => t.text.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(kb.metricTriggers).toContainEqual({ text: '周活', metric: 'users.weekly', lang: 'zh' });
  });

  it('walks parents both ways', () => {
    expect(ancestorsOf(kb.entities, 'widget')).toEqual(['acme']);
    expect(descendantsOf(kb.entities, 'acme')).toEqual(['widget']);
  });

  it('warns when two entities share a name', () => {
    const twin = `entities:\n  - id: acme-labs\n    kind: company\n    names: { en: [Acme] }\n`;
    const warned = loadWith(bundled('twin.yaml', twin));
    expect(warned.problems).toEqual([expect.objectContaining({ code: FACT_PROBLEM.ambiguousAlias, severity: 'warning', origin: { file: 'twin.yaml', line: 2, column: 5 } })]);
  });
});

describe('reloading', () => {
  it('reuses the parse of unchanged file objects and re-reads changed ones', () => {
    const facts = bundled('facts.yaml', factsFile(fact('R')));
    const pack = workspace('pack.yaml', factsFile(fact('R', { value: '2' })));
    const entities = bundled('entities.yaml', ENTITIES);
    const metrics = bundled('metrics.yaml', METRICS);
    const first = loadFactBase([entities, metrics, facts, pack]);
    expect(first.factById('R')?.value).toBe(2);
    const again = loadFactBase([entities, metrics, facts]);
    expect(again.factById('R')?.value).toBe(1.6e9);
    expect(again.factById('R')).not.toBe(first.factById('R'));
    pack.text = factsFile(fact('R', { value: '3' }));
    expect(loadFactBase([entities, metrics, facts, pack]).factById('R')?.value).toBe(3);
  });
});
