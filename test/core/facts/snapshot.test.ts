/**
 * The build-time snapshot of the bundled facts: it restores to the fact base loadFactBase builds from
 * the YAML, it is ignored once the data files change, and workspace packs merge over it exactly as
 * they merge over the YAML.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_PROBLEM, loadFactBase, type FactBase, type FactFileText } from '../../../server/src/core/facts/index';
import { factBaseFromSnapshot, factBaseOverSnapshot, isFactSnapshot, SNAPSHOT_FORMAT, snapshotOf, type FactSnapshot } from '../../../server/src/core/facts/snapshot';
import { bundledDataDir, dataFileName, dataFilePath, hashFactFiles, readBundledFactFiles } from '../../../server/src/node/factFiles';
import { FactStore } from '../../../server/src/node/factStore';
import { bundled, ENTITIES, fact, factsFile, lineOf, METRICS, workspace } from './fixtures/build';

/** Everything a consumer can see of a fact base, including the key order JSON output shows. */
function observable(kb: FactBase) {
  return {
    entities: [...kb.entities],
    metrics: [...kb.metrics],
    factsJson: JSON.stringify(kb.facts),
    entityAliases: kb.entityAliases,
    metricTriggers: kb.metricTriggers,
    problems: kb.problems,
    byEntity: [...kb.entities.keys()].map((id) => kb.factsFor(id).map((f) => f.id)),
    byEntityMetric: kb.facts.map((f) => kb.factsFor(f.entity, f.metric).map((x) => x.id)),
    byId: kb.facts.map((f) => kb.factById(f.id)),
  };
}

/** A snapshot as the server reads it: through JSON, with names relative to nothing. */
function frozen(files: FactFileText[]): FactSnapshot {
  const { snapshot, problems } = snapshotOf(files, 'test-hash', (file) => file);
  expect(problems).toEqual([]);
  return JSON.parse(JSON.stringify(snapshot)) as FactSnapshot;
}

const BUNDLED_FACTS = factsFile(fact('FIRST'), fact('ACME-REV', { value: '1.2e9', approx: 'true' }), fact('WIDGET-USERS', { entity: 'widget', metric: 'users.weekly', unit: 'count', value: '5e6', bound: 'over' }), fact('LAST', { range: '[1e9, 2e9]', value: '' }));
const fixtureFiles = () => [bundled('entities.yaml', ENTITIES), bundled('metrics.yaml', METRICS), bundled('facts/acme.yaml', BUNDLED_FACTS)];

describe('the bundled data', () => {
  const dataDir = bundledDataDir();
  let files: FactFileText[];
  let fromYaml: FactBase;
  let snapshot: FactSnapshot;

  beforeAll(() => {
    files = readBundledFactFiles(dataDir);
    fromYaml = loadFactBase(files);
    const made = snapshotOf(files, hashFactFiles(files, dataDir), (file) => dataFileName(dataDir, file));
    snapshot = JSON.parse(JSON.stringify(made.snapshot)) as FactSnapshot;
  });

  it('restores to the same facts, lookups and aliases as loading the YAML', () => {
    expect(isFactSnapshot(snapshot)).toBe(true);
    expect(snapshot.facts.length).toBe(fromYaml.facts.length);
    // Origins are stored relative to the data folder, so a snapshot is valid in any installation.
    expect(snapshot.facts.every((f) => /^facts\/[^/\\]+\.yaml$/.test(f.origin?.file ?? ''))).toBe(true);
    const restored = factBaseFromSnapshot(snapshot, (name) => dataFilePath(dataDir, name));
    expect(observable(restored)).toEqual(observable(fromYaml));
  });

  it('records the content of the files: any edit changes the hash', () => {
    const edited = files.map((f, i) => (i === files.length - 1 ? { ...f, text: f.text.replace(/\d/, (d) => String((Number(d) + 1) % 10)) } : f));
    expect(hashFactFiles(edited, dataDir)).not.toBe(snapshot.hash);
    expect(hashFactFiles(readBundledFactFiles(dataDir), dataDir)).toBe(snapshot.hash);
  });
});

describe('making a snapshot', () => {
  it('refuses data with problems and returns them instead', () => {
    const broken = [...fixtureFiles(), bundled('facts/bad.yaml', factsFile(fact('BAD', { metric: 'no-such-metric' })))];
    const { snapshot, problems } = snapshotOf(broken, 'h', (f) => f);
    expect(snapshot).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual([FACT_PROBLEM.unknownReference]);
  });

  it('keeps approximate, bounded and range facts as the loader converted them', () => {
    const kb = factBaseFromSnapshot(frozen(fixtureFiles()));
    expect(kb.factById('ACME-REV')?.qualifiers).toContain('approx');
    expect(kb.factById('WIDGET-USERS')).toMatchObject({ low: 5e6, qualifiers: ['over'] });
    expect(kb.factById('LAST')).toMatchObject({ low: 1e9, high: 2e9 });
    expect(observable(kb)).toEqual(observable(loadFactBase(fixtureFiles())));
  });
});

describe('workspace packs over a snapshot', () => {
  const over = (...packs: FactFileText[]) => factBaseOverSnapshot(frozen(fixtureFiles()), packs);
  const yaml = (...packs: FactFileText[]) => loadFactBase([...fixtureFiles(), ...packs]);

  it('override a bundled fact in its place and add their own after, as over the YAML', () => {
    const pack = workspace('.tally/facts/acme.yaml', factsFile(fact('ACME-REV', { value: '1.7e9' }), fact('PACK-ONLY')));
    const kb = over(pack);
    expect(kb.problems).toEqual([]);
    expect(kb.facts.map((f) => f.id)).toEqual(['FIRST', 'ACME-REV', 'WIDGET-USERS', 'LAST', 'PACK-ONLY']);
    expect(kb.factById('ACME-REV')).toMatchObject({ value: 1.7e9, origin: { file: '.tally/facts/acme.yaml', line: 2, column: 5 } });
    expect(kb.factsFor('acme', 'revenue').map((f) => f.value)).toEqual([1.6e9, 1.7e9, undefined, 1.6e9]);
    expect(observable(kb)).toEqual(observable(yaml(pack)));
  });

  it('define entities and metrics, and replace bundled ones by id', () => {
    const pack = workspace('pack.yaml', `entities:
  - id: globex
    kind: company
    names: { en: [Globex] }
metrics:
  - id: revenue
    names: { en: [turnover] }
    triggers: { en: [turnover] }
    kinds: [money]
    periodKind: duration
facts:
${fact('GLOBEX-REV', { entity: 'globex' })}`);
    const kb = over(pack);
    expect(kb.problems).toEqual([]);
    expect(kb.metrics.get('revenue')?.triggers.en).toEqual(['turnover']);
    expect(kb.factsFor('globex').map((f) => f.id)).toEqual(['GLOBEX-REV']);
    expect(observable(kb)).toEqual(observable(yaml(pack)));
  });

  it('report their own problems with file and line, and keep the bundled facts', () => {
    const text = factsFile(fact('TWICE'), fact('TWICE', { value: '2' }), fact('LOST', { entity: 'nobody' }));
    const packs = [workspace('p.yaml', text), workspace('broken.yaml', 'facts:\n  - id: [\n')];
    const kb = over(...packs);
    expect(kb.problems.map((p) => [p.code, p.origin?.file, p.origin?.line])).toEqual([
      [FACT_PROBLEM.yamlSyntax, 'broken.yaml', 3],
      [FACT_PROBLEM.unknownReference, 'p.yaml', lineOf(text, 'entity: nobody')],
      [FACT_PROBLEM.duplicateId, 'p.yaml', lineOf(text, 'id: TWICE', 2)],
    ]);
    expect(kb.factById('FIRST')).toBeDefined();
    expect(observable(kb)).toEqual(observable(yaml(...packs)));
  });

  it('can make a bundled fact fail, reported at the first line of its entry', () => {
    // A pack that narrows a metric to percent leaves the bundled USD facts without a fitting unit.
    const pack = workspace('narrow.yaml', METRICS.replace('kinds: [money]', 'kinds: [percent]'));
    const kb = over(pack);
    const fromYaml = yaml(pack);
    const describe = (b: FactBase) => b.problems.map((p) => [p.code, p.message, p.origin?.file]);
    expect(describe(kb)).toEqual(describe(fromYaml));
    expect(kb.problems.length).toBe(3);
    const first = kb.problems[0].origin!;
    expect(first.line).toBe(lineOf(BUNDLED_FACTS, 'id: FIRST'));
    expect(fromYaml.problems[0].origin!.line).toBeGreaterThan(first.line);
    expect(kb.facts.map((f) => f.id)).toEqual(fromYaml.facts.map((f) => f.id));
  });

  it('can break a bundled entity by closing a parent loop, as over the YAML', () => {
    const pack = workspace('loop.yaml', ENTITIES.replace('fiscalYearEnd: "06-30"', 'fiscalYearEnd: "06-30"\n    parent: widget'));
    const describe = (b: FactBase) => b.problems.map((p) => [p.code, p.message, p.origin?.file]);
    expect(describe(over(pack))).toEqual(describe(yaml(pack)));
    expect(over(pack).entities.has('widget')).toBe(false);
  });
});

describe('the fact store', () => {
  let dir: string;
  let dataDir: string;
  let snapshotPath: string;

  const writeData = (factsText: string) => {
    fs.mkdirSync(path.join(dataDir, 'facts'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'entities.yaml'), ENTITIES);
    fs.writeFileSync(path.join(dataDir, 'metrics.yaml'), METRICS);
    fs.writeFileSync(path.join(dataDir, 'facts', 'acme.yaml'), factsText);
  };
  const writeSnapshot = () => {
    const files = readBundledFactFiles(dataDir);
    const { snapshot } = snapshotOf(files, hashFactFiles(files, dataDir), (file) => dataFileName(dataDir, file));
    fs.writeFileSync(snapshotPath, JSON.stringify(snapshot));
  };
  const store = (packPaths: string[] = []) => new FactStore({ packPaths, cwd: dir, trusted: true, dataDir, snapshotPath });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-snapshot-'));
    dataDir = path.join(dir, 'data');
    snapshotPath = path.join(dir, 'facts.snapshot.json');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('uses a matching snapshot, with origins in this data folder', () => {
    writeData(BUNDLED_FACTS);
    writeSnapshot();
    const s = store();
    expect(s.fromSnapshot).toBe(true);
    expect(s.facts.factById('ACME-REV')?.origin).toEqual({ file: path.join(dataDir, 'facts', 'acme.yaml'), line: lineOf(BUNDLED_FACTS, 'id: ACME-REV'), column: 5 });
    expect(observable(s.facts)).toEqual(observable(new FactStore({ packPaths: [], cwd: dir, trusted: true, dataDir, snapshotPath: false }).facts));
  });

  it('ignores a stale snapshot (data changed since the build) and reads the YAML', () => {
    writeData(BUNDLED_FACTS);
    writeSnapshot();
    writeData(BUNDLED_FACTS.replace('value: 1.2e9', 'value: 1.3e9'));
    const s = store();
    expect(s.fromSnapshot).toBe(false);
    expect(s.facts.factById('ACME-REV')?.value).toBe(1.3e9);
  });

  it('ignores a snapshot that is missing, unreadable or of another format', () => {
    writeData(BUNDLED_FACTS);
    writeSnapshot();
    const good = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as FactSnapshot;
    fs.writeFileSync(snapshotPath, JSON.stringify({ ...good, format: SNAPSHOT_FORMAT + 1 }));
    expect(store().fromSnapshot).toBe(false);
    fs.writeFileSync(snapshotPath, JSON.stringify(good).slice(0, 1000));
    expect(store().fromSnapshot).toBe(false);
    fs.rmSync(snapshotPath);
    expect(store().fromSnapshot).toBe(false);
    expect(store().facts.factById('ACME-REV')?.value).toBe(1.2e9);
  });

  it('merges workspace packs over the snapshot, and drops them again on reconfiguration', () => {
    writeData(BUNDLED_FACTS);
    writeSnapshot();
    fs.mkdirSync(path.join(dir, '.tally', 'facts'), { recursive: true });
    const packText = factsFile(fact('ACME-REV', { value: '9e9' }), fact('ACME-REV', { value: '8e9' }));
    fs.writeFileSync(path.join(dir, '.tally', 'facts', 'fix.yaml'), packText);
    const s = store(['.tally/facts']);
    expect(s.fromSnapshot).toBe(true);
    expect(s.facts.factById('ACME-REV')?.value).toBe(9e9);
    expect(s.problems).toEqual([
      expect.objectContaining({ code: FACT_PROBLEM.duplicateId, origin: { file: path.join(dir, '.tally', 'facts', 'fix.yaml'), line: lineOf(packText, 'id: ACME-REV', 2), column: 9 } }),
    ]);
    s.configure({ packPaths: [] });
    expect(s.facts.factById('ACME-REV')?.value).toBe(1.2e9);
    expect(s.problems).toEqual([]);
  });
});
