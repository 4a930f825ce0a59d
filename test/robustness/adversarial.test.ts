/**
 * Issue #8, "no input breaks the core" and "bounded resources": every adversarial document
 * (test/property/adversarial.ts) at 100,000 code units is analysed in a worker thread that is stopped
 * when it exceeds its time budget. Each must finish within the budget, keep every range exact, and give
 * the same result twice (checked at a tenth of the size). The budget (30 s for 100 KB, ~100× what a
 * realistic 100 KB draft takes on an idle machine) catches super-linear blow-ups, not slowness, even on a
 * shared machine; `npm run bench` measures growth.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ADVERSARIAL } from '../property/adversarial';
import { bundle, ROOT } from './coreBundle';
import type { AdversarialReport } from './adversarialWorker';

const SIZE = 100_000;
const BUDGET_MS = 30_000;

/** One worker serves the cases in turn; a worker that overruns its budget is stopped and replaced. */
let worker: Worker | undefined;

async function runCase(name: string): Promise<AdversarialReport | 'timeout'> {
  const file = await bundle(path.join(__dirname, 'adversarialWorker.ts'));
  const w = (worker ??= new Worker(file, { workerData: { size: SIZE, root: ROOT } }));
  const result = await new Promise<AdversarialReport | 'timeout'>((resolve, reject) => {
    const timer = setTimeout(() => resolve('timeout'), BUDGET_MS);
    const onMessage = (r: AdversarialReport) => {
      clearTimeout(timer);
      w.off('error', onError);
      resolve(r);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      reject(err);
    };
    w.once('message', onMessage);
    w.once('error', onError);
    w.postMessage(name);
  });
  if (result === 'timeout') {
    await w.terminate();
    worker = undefined;
  }
  return result;
}

afterAll(async () => {
  await worker?.terminate();
});

describe(`adversarial documents (${SIZE.toLocaleString('en')} code units, ${BUDGET_MS / 1000} s budget each)`, () => {
  for (const name of Object.keys(ADVERSARIAL)) {
    it(name, { timeout: BUDGET_MS + 20_000 }, async () => {
      const report = await runCase(name);
      expect(report, `${name}: analysis did not finish within ${BUDGET_MS} ms`).not.toBe('timeout');
      const r = report as AdversarialReport;
      expect(r.error).toBeUndefined();
      expect(r.violations).toEqual([]);
      expect(r.deterministic).toBe(true);
      // The long line repeats one 64-character sentence ~1,560 times: it must be read to its end.
      if (name === 'long-line') expect(r.claims).toBeGreaterThan(1500);
    });
  }
});
