/**
 * `tally check --format sarif`: validated with Microsoft's SARIF multitool (@microsoft/sarif-multitool,
 * the validator GitHub's own docs point to), with both the SARIF rules and the GitHub ingestion rules
 * ("--rule-kind Sarif;Gh"). No errors are allowed; every warning it may print is listed below with the
 * reason it stays.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHECKS } from '../../server/src/core/checks/registry';
import { examples, tally } from './helpers';

/**
 * Warnings the validator may print that are deliberate, with the reason. Empty: the current output draws
 * none (driver version and informationUri, rule names and help, messages ending in a period, columnKind,
 * partialFingerprints are all provided).
 */
const EXPLAINED_WARNINGS: Record<string, string> = {};

interface SarifLog {
  runs: {
    columnKind: string;
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; help: { text: string }; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      fixes?: unknown[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

const drafts = [...examples(), 'test/fixtures/cli/wrong.md', 'test/fixtures/cli/wrong.zh.md', 'test/fixtures/cli/clean.md'];

function multitool(): string {
  return createRequire(__filename)('@microsoft/sarif-multitool') as string;
}

describe('SARIF output', () => {
  const run = tally(['check', '--format', 'sarif', ...drafts]);
  const log = JSON.parse(run.stdout) as SarifLog;

  function validate(text: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-sarif-'));
    const input = path.join(dir, 'tally.sarif');
    const output = path.join(dir, 'validation.sarif');
    fs.writeFileSync(input, text);
    const v = spawnSync(multitool(), ['validate', input, '--rule-kind', 'Sarif;Gh', '--output', output, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000 });
    expect(v.error).toBeUndefined();
    const validation = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string }[] }[] };
    return { status: v.status, console: v.stdout + v.stderr, findings: validation.runs.flatMap((r) => r.results ?? []) };
  }

  it('passes the SARIF multitool validator with no errors and only explained warnings', () => {
    const v = validate(run.stdout);
    expect(v.status, v.console).toBe(0);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(v.findings.filter((r) => r.level === 'error'), v.console).toEqual([]);
    expect(v.findings.filter((r) => r.level === 'warning' && !(r.ruleId in EXPLAINED_WARNINGS)), v.console).toEqual([]);
  }, 180_000);

  it('(control) the validator does catch a broken log: a result without locations, a column 0', () => {
    const broken = JSON.parse(run.stdout) as SarifLog;
    delete (broken.runs[0].results[0] as { locations?: unknown }).locations;
    broken.runs[0].results[1].locations[0].physicalLocation.region.startColumn = 0;
    const ids = validate(JSON.stringify(broken)).findings.filter((r) => r.level === 'error').map((r) => r.ruleId);
    expect(ids).toContain('JSON1008'); // schema: startColumn minimum 1
    expect(ids.some((id) => id.startsWith('GH'))).toBe(true); // GitHub ingestion rules are on
  }, 180_000);

  it('has one rule per check, with help and a help URI', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(CHECKS.map((c) => c.id));
    for (const r of rules) {
      expect(r.helpUri).toBe(`https://github.com/tally-dev/tally/blob/main/data/checks/${r.id}.md`);
      expect(r.help.text.length).toBeGreaterThan(20);
    }
  });

  it('uses 1-based lines and UTF-16 columns, as the JSON format does 0-based', () => {
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    const json = JSON.parse(tally(['check', '--format', 'json', ...drafts]).stdout) as { files: { path: string; findings: { check: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[] };
    const fromJson = json.files.flatMap((f) => f.findings.map((x) => [f.path, x.check, x.range.start.line + 1, x.range.start.character + 1, x.range.end.line + 1, x.range.end.character + 1]));
    const fromSarif = log.runs[0].results
      .filter((r) => !r.suppressions)
      .filter((r) => CHECKS.some((c) => c.id === r.ruleId && !r.ruleId.startsWith('suppression.') && !r.ruleId.startsWith('document.')))
      .map((r) => {
        const l = r.locations[0].physicalLocation;
        return [decodeURIComponent(l.artifactLocation.uri), r.ruleId, l.region.startLine, l.region.startColumn, l.region.endLine, l.region.endColumn];
      });
    expect(fromSarif).toEqual(fromJson);
    for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('reports suppressed findings as in-source suppressions with their reasons', () => {
    if (examples().length === 0) return;
    const suppressed = log.runs[0].results.filter((r) => r.suppressions);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed[0].suppressions![0]).toMatchObject({ kind: 'inSource' });
    expect(suppressed[0].suppressions![0].justification.length).toBeGreaterThan(0);
  });
});
