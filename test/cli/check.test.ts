/**
 * `tally check` as a process: every format on the examples, exit codes, stdin, globs and ignores,
 * and precedence (flags > config file > defaults).
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, examples, fixture, tally, workspace } from './helpers';

interface JsonReport {
  version: number;
  files: {
    path: string;
    documentDate?: string;
    findings: { check: string; severity: string; message: string; range: { start: { line: number; character: number } }; fixes: { certain: boolean }[] }[];
    suppressed: { check: string; suppressed: { reason: string } }[];
    claims: { text: string; entity?: string; metric?: string; period?: { start: string; end: string; label: string }; low: number | null; high: number | null }[];
    timings: { ms: number };
  }[];
  summary: { files: number; errors: number; warnings: number };
  timings: { totalMs: number };
}

function json(args: string[], opts: Parameters<typeof tally>[1] = {}): { code: number; report: JsonReport; stderr: string } {
  const r = tally(['check', '--format', 'json', ...args], opts);
  expect(r.stderr.includes('internal error'), r.stderr).toBe(false);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

describe('help and version', () => {
  it('prints help with examples for every command, and the version', () => {
    for (const args of [['--help'], ['check', '--help'], ['facts', '--help'], ['init', '--help'], ['lsp', '--help'], ['help', 'check']]) {
      const r = tally(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/Examples:/);
    }
    const v = tally(['--version']);
    expect(v.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });
});

describe('formats on the examples', () => {
  const files = examples();
  const drafts = files.length > 0 ? files : ['test/fixtures/cli/wrong.md', 'test/fixtures/cli/wrong.zh.md'];

  it('text: file:line:col, the line with carets, evidence, fix and a summary; no colour when piped', () => {
    const r = tally(['check', ...drafts, 'test/fixtures/cli/wrong.md'], { env: { NO_COLOR: '' } }); // wrong.md has a certain fix
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/^\S+\.md:\d+:\d+ error .+ \[fact\.value-mismatch\]$/m);
    expect(r.stdout).toMatch(/^ {2}\d+ \| .+\n {2}[ \t]+\^+$/m);
    expect(r.stdout).toMatch(/^ {2}evidence \S+: .+ — .+https?:\/\//m);
    expect(r.stdout).toMatch(/^ {2}fix /m);
    expect(r.stdout).toMatch(/^\d+ files checked, \d+ claims: \d+ errors?, \d+ warnings?, \d+ other.* in [\d.]+ m?s$/m);
  });

  it('json: version 1 with claims (entity, metric, period, interval), suppressed findings with reasons, timings', () => {
    const { code, report } = json(drafts);
    expect(code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.path)).toEqual(drafts);
    const claims = report.files.flatMap((f) => f.claims);
    const bound = claims.find((c) => c.entity && c.metric && c.period);
    expect(bound?.period?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(claims.every((c) => c.low === null || c.high === null || c.low <= c.high)).toBe(true);
    if (files.length > 0) {
      const suppressed = report.files.flatMap((f) => f.suppressed);
      expect(suppressed.length).toBeGreaterThan(0);
      expect(suppressed[0].suppressed.reason.length).toBeGreaterThan(0);
    }
    expect(report.files.every((f) => typeof f.timings.ms === 'number')).toBe(true);
    expect(typeof report.timings.totalMs).toBe('number');
  });

  it('github: one well-formed annotation per finding, nothing unescaped', () => {
    const { report } = json(drafts);
    const r = tally(['check', '--format', 'github', ...drafts]);
    expect(r.code).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(report.files.reduce((n, f) => n + f.findings.length, 0));
    for (const c of commands) {
      expect(c).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=Tally [a-z]+\.[a-z-]+::\S/);
      expect(c).not.toMatch(/\r/);
    }
    const first = report.files.find((f) => f.findings.length > 0)!;
    const f = first.findings[0];
    expect(commands[0]).toContain(`file=${first.path},line=${f.range.start.line + 1},`);
    expect(commands[0]).toContain(`col=${f.range.start.character + 1},`);
  });
});

describe('exit codes', () => {
  const clean = 'test/fixtures/cli/clean.md';
  const wrong = 'test/fixtures/cli/wrong.md';

  it('0 clean, 1 findings at or above the threshold', () => {
    expect(tally(['check', clean]).code).toBe(0);
    expect(tally(['check', wrong]).code).toBe(1);
    expect(tally(['check', 'test/fixtures/cli/wrong.zh.md']).code).toBe(1);
    expect(tally(['check', wrong, '--disable', 'fact']).code).toBe(0);
    expect(tally(['check', wrong, '--check', 'arith']).code).toBe(0);
    expect(tally(['check', wrong, '--check', 'fact.value-mismatch']).code).toBe(1);
  });

  it('2 for usage errors, with a message', () => {
    const cases: [string[], RegExp][] = [
      [['check'], /no paths given/],
      [['check', clean, '--nope'], /Unknown option/],
      [['check', clean, '--format', 'xml'], /unknown format/],
      [['check', clean, '--date', '2024-02-30'], /--date/],
      [['check', clean, '--check', 'fact.nope'], /unknown check id “fact\.nope”/],
      [['check', clean, '--max-warnings', 'many'], /--max-warnings/],
      [['check', clean, '--severity-threshold', 'fatal'], /unknown severity/],
      [['check', 'no/such/file.md'], /no such file/],
      [['check', 'no-match-*.md'], /no Markdown file matches/],
      [['check', clean, '--facts', 'no/such/pack.yaml'], /no\/such\/pack\.yaml/],
      [['frobnicate'], /unknown command/],
    ];
    for (const [args, message] of cases) {
      const r = tally(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('2 for a broken config or fact pack, naming the file and line', () => {
    const dir = workspace({ 'a.md': fixture('clean.md'), '.tally/config.yaml': 'severity:\n  fact.stale: [warning\n' });
    const r = tally(['check', 'a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.tally\/config\.yaml:\d+:\d+: error: /m);

    const packs = workspace({
      'a.md': fixture('clean.md'),
      '.tally/facts/bad.yaml': 'facts:\n  - id: X-1\n    entity: nvidia\n    metric: revenue\n    value: 1\n    unit: USD\n    period: { start: 2024-01-01, end: 2023-01-01 }\n    sources: []\n    confidence: high\n    fromMemory: false\n',
    });
    const p = tally(['check', 'a.md'], { cwd: packs });
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/^\.tally\/facts\/bad\.yaml:\d+:\d+: error: /m);
  });

  it('--severity-threshold and --max-warnings', () => {
    const dir = workspace({ 'w.md': fixture('wrong.md'), '.tally/config.yaml': 'severity:\n  fact.value-mismatch: warning\n' });
    const { report } = json(['w.md'], { cwd: dir });
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(tally(['check', 'w.md'], { cwd: dir }).code).toBe(0);
    expect(tally(['check', 'w.md', '--severity-threshold', 'warning'], { cwd: dir }).code).toBe(1);
    expect(tally(['check', 'w.md', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    expect(tally(['check', 'w.md', '--max-warnings', String(report.summary.warnings)], { cwd: dir }).code).toBe(0);
  });

  it('--quiet reports errors only', () => {
    const dir = workspace({ 'w.md': fixture('wrong.md'), '.tally/config.yaml': 'severity:\n  fact.value-mismatch: warning\n' });
    const r = tally(['check', 'w.md', '--quiet'], { cwd: dir });
    expect(r.stdout).not.toMatch(/ warning /);
    expect(r.stdout).toMatch(/1 file checked/);
  });
});

describe('inputs', () => {
  it('reads stdin with -, reported under --stdin-filename, same findings as the file', () => {
    const text = fixture('wrong.md');
    const fromStdin = json(['-', '--stdin-filename', 'drafts/w.md'], { input: text });
    const fromFile = json(['test/fixtures/cli/wrong.md']);
    expect(fromStdin.report.files[0].path).toBe('drafts/w.md');
    expect(fromStdin.report.files[0].findings).toEqual(fromFile.report.files[0].findings);
    const bom = json(['-'], { input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    expect(bom.report.files[0].findings).toEqual(fromFile.report.files[0].findings);
  });

  it('recurses into folders and expands globs, honouring .gitignore files and the config ignore', () => {
    const md = fixture('clean.md');
    const dir = workspace({
      '.gitignore': 'build/\n*.draft.md\n',
      '.tally/config.yaml': 'ignore:\n  - archive/**\n',
      'docs/a.md': md,
      'docs/b.markdown': md,
      'docs/notes.txt': 'not markdown',
      'docs/x.draft.md': md,
      'docs/sub/.gitignore': 'private.md\n',
      'docs/sub/private.md': md,
      'docs/sub/public.md': md,
      'build/out.md': md,
      'archive/old.md': md,
      'node_modules/pkg/readme.md': md,
    });
    const paths = (args: string[]) => json(args, { cwd: dir }).report.files.map((f) => f.path).sort();
    const expected = ['docs/a.md', 'docs/b.markdown', 'docs/sub/public.md'];
    expect(paths(['.'])).toEqual(expected);
    expect(paths(['docs/**/*.md', 'docs/*.markdown'])).toEqual(expected);
    expect(paths(['**/*.md'])).toEqual(['docs/a.md', 'docs/sub/public.md']);
    // A file named explicitly is always checked.
    expect(paths(['archive/old.md', 'docs/sub/private.md'])).toEqual(['archive/old.md', 'docs/sub/private.md']);
    // `ignore` is a CLI setting: no unknown-key warning for it.
    expect(tally(['check', '.'], { cwd: dir }).stderr).toBe('');
  });
});

describe('precedence: flags > config file > defaults', () => {
  const undated = 'OpenAI said little.\n';

  it('documentDate and locale', () => {
    const none = workspace({ 'a.md': undated });
    expect(json(['a.md'], { cwd: none }).report.files[0].documentDate).toBeUndefined();
    const dir = workspace({ 'a.md': undated, '.tally/config.yaml': 'documentDate: "2024-01-15"\nlocale: zh-cn\n' });
    expect(json(['a.md'], { cwd: dir }).report.files[0].documentDate).toBe('2024-01-15');
    expect(json(['a.md', '--date', '2024-06-30'], { cwd: dir }).report.files[0].documentDate).toBe('2024-06-30');

    const w = workspace({ 'w.md': fixture('wrong.md'), '.tally/config.yaml': 'locale: zh-cn\n' });
    const zh = json(['w.md'], { cwd: w }).report.files[0].findings[0].message;
    const en = json(['w.md', '--locale', 'en'], { cwd: w }).report.files[0].findings[0].message;
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('severity: config over default, --check over config, --config over the default file', () => {
    const dir = workspace({
      'w.md': fixture('wrong.md'),
      '.tally/config.yaml': 'severity:\n  fact.value-mismatch: "off"\n',
      'strict.yaml': 'severity: {}\n',
    });
    expect(tally(['check', 'w.md'], { cwd: dir }).code).toBe(0);
    expect(tally(['check', 'w.md', '--check', 'fact.value-mismatch'], { cwd: dir }).code).toBe(1);
    expect(tally(['check', 'w.md', '--config', 'strict.yaml'], { cwd: dir }).code).toBe(1);
  });
});

describe('progress', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`d/${i}.md`] = fixture('clean.md');

  it('never draws on a pipe', () => {
    const r = tally(['check', 'd'], { cwd: workspace(files) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('draws a progress line on a terminal, and colours only there', () => {
    const dir = workspace(files);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check d`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 60_000 });
    if (r.error) return; // no script(1) here: nothing to test with
    expect(r.stdout).toMatch(/\r\u001b\[2KChecking \d+\/30 d\/\d+\.md/);
    expect(r.stdout).toMatch(/\u001b\[32m30 files checked/);
    const noColor = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(noColor.stdout).not.toMatch(/\u001b\[\d+m/);
  });
});
