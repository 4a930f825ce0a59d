/**
 * The worker pool behind workspace-wide checks (server/src/node/checkPool.ts), against the built worker
 * (dist/checkWorker.js; `npm run build` first): results equal to analyze() on this thread and in input
 * order, failures reported rather than lost or hung, cancellation, and when a check goes parallel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDocument } from '../../bench/generate.mjs';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import type { Finding } from '../../server/src/core/model';
import { FactStore } from '../../server/src/node/factStore';
import { autoJobs, CheckPool, MIN_BYTES, MIN_FILES, workerScript, type CheckTask } from '../../server/src/node/checkPool';

const ROOT = path.resolve(__dirname, '..', '..');
const factOptions = { packPaths: [], cwd: ROOT, trusted: true };
const pools: CheckPool<unknown>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function tasks(n: number): CheckTask[] {
  return Array.from({ length: n }, (_, i) => ({ label: `draft-${i}.md`, text: generateDocument(1_500 + ((i * 1_777) % 4_000), i + 1), options: DEFAULT_OPTIONS, locale: i % 3 === 0 ? 'zh-cn' : 'en' }));
}

function pool<T>(p: CheckPool<T>): CheckPool<T> {
  pools.push(p as CheckPool<unknown>);
  return p;
}

describe('autoJobs', () => {
  it('stays on one thread for few small files or one core, else one thread per core up to the files', () => {
    expect(autoJobs(MIN_FILES - 1, MIN_BYTES - 1, 8)).toBe(1);
    expect(autoJobs(MIN_FILES, 0, 8)).toBe(8);
    expect(autoJobs(2, MIN_BYTES, 8)).toBe(2);
    expect(autoJobs(100, 10_000_000, 1)).toBe(1);
    expect(autoJobs(100, 0, 2)).toBe(2);
    expect(autoJobs(100, 0, 64)).toBe(8);
  });
});

describe('CheckPool', () => {
  it('finds the built worker bundle, and the options a FactStore was given', () => {
    expect(fs.existsSync(workerScript()), 'run “npm run build” first').toBe(true);
    const store = new FactStore({ packPaths: ['x'], cwd: '/tmp', trusted: false });
    expect(store.settings).toEqual({ packPaths: ['x'], cwd: '/tmp', trusted: false });
  });

  it('returns what analyze returns on this thread, in input order (analyses and findings)', async () => {
    const facts = new FactStore(factOptions).facts;
    const input = tasks(12);
    const expected = input.map((t) => JSON.parse(JSON.stringify(analyze(t.text, { facts, options: t.options, locale: t.locale }))) as Analysis);

    const analyses = await pool(new CheckPool<Analysis>({ size: 2, facts: factOptions, want: 'analysis' })).run(input);
    expect(analyses.map((o) => (o?.ok ? JSON.parse(JSON.stringify(o.value)) : o))).toEqual(expected);

    const findings = await pool(new CheckPool<Finding[]>({ size: 2, facts: factOptions, want: 'findings' })).run(input);
    expect(findings.map((o) => (o?.ok ? JSON.parse(JSON.stringify(o.value)) : o))).toEqual(expected.map((a) => a.findings));
  }, 120_000);

  it('shares the work with this thread when given `local`, with the same results', async () => {
    const facts = new FactStore(factOptions).facts;
    const input = tasks(10);
    let local = 0;
    const out = await pool(new CheckPool<Analysis>({ size: 1, facts: factOptions, want: 'analysis' })).run(input, {
      local: (t) => {
        local++;
        return analyze(t.text, { facts, options: t.options, locale: t.locale });
      },
    });
    expect(local).toBeGreaterThan(0);
    for (const [i, t] of input.entries()) {
      const o = out[i];
      expect(o?.ok).toBe(true);
      if (o?.ok) expect(JSON.stringify(o.value)).toBe(JSON.stringify(analyze(t.text, { facts, options: t.options, locale: t.locale })));
    }
  }, 120_000);

  it('reports every draft as failed, without hanging, when no worker can start', async () => {
    const p = pool(new CheckPool<Analysis>({ size: 2, facts: factOptions, want: 'analysis', workerPath: path.join(ROOT, 'no-such-worker.js') }));
    const out = await p.run(tasks(5));
    expect(out.every((o) => o && !o.ok && /could not start/.test(o.error))).toBe(true);
    expect(p.problem).toMatch(/could not start/);
    // A later run does not wait for workers that will never come either.
    const again = await p.run(tasks(2));
    expect(again.every((o) => o && !o.ok)).toBe(true);
  }, 60_000);

  it('fails only the draft whose worker crashed, and finishes the others on a new worker', async () => {
    process.env.TALLY_TEST_WORKER_CRASH = 'draft-3.md';
    try {
      const out = await pool(new CheckPool<Finding[]>({ size: 1, facts: factOptions, want: 'findings' })).run(tasks(8));
      expect(out.map((o) => o?.ok)).toEqual([true, true, true, false, true, true, true, true]);
      const failed = out[3];
      expect(failed && !failed.ok && failed.error).toMatch(/worker thread crashed: test crash on draft-3\.md/);
    } finally {
      delete process.env.TALLY_TEST_WORKER_CRASH;
    }
  }, 120_000);

  it('stops handing out drafts once cancelled, and resolves at once', async () => {
    let cancelled = false;
    const listeners: (() => void)[] = [];
    const cancel = { get isCancellationRequested() { return cancelled; }, onCancellationRequested: (l: () => void) => listeners.push(l) };
    const p = pool(new CheckPool<Finding[]>({ size: 1, facts: factOptions, want: 'findings' }));
    const input = tasks(20);
    const running = p.run(input, { cancel, onSettled: () => {
      if (cancelled) return;
      cancelled = true;
      for (const l of listeners) l();
    } });
    const out = await running;
    const done = out.filter((o) => o !== undefined).length;
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(input.length);
    // The pool still works for the next request.
    const next = await p.run(tasks(2));
    expect(next.every((o) => o?.ok)).toBe(true);
  }, 120_000);
});
