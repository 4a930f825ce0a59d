/**
 * Worker-thread entry for test/robustness/adversarial.test.ts: loads the bundled facts once, then for
 * each case name it receives analyses that adversarial document and replies with the timing, invariant
 * violations, and whether two analyses of a tenth-size version were equal. Bundled with esbuild (coreBundle.ts) so
 * a runaway analysis can be stopped with worker.terminate().
 */
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../../server/src/core/analyze';
import { FactStore } from '../../server/src/node/factStore';
import { ADVERSARIAL } from '../property/adversarial';
import { comparable, violations } from '../property/invariants';

export interface AdversarialReport {
  name: string;
  ms: number;
  length: number;
  claims: number;
  violations: string[];
  deterministic: boolean;
  error?: string;
}

const { size, root } = workerData as { size: number; root: string };
const facts = new FactStore({ packPaths: [], cwd: root, trusted: false, dataDir: path.join(root, 'data') }).facts;

/** Analyses the document at full size once (timed, invariants), and a tenth of it twice (determinism). */
function run(name: string): AdversarialReport {
  const text = ADVERSARIAL[name](size);
  try {
    const t0 = performance.now();
    const analysis = analyze(text, { facts });
    const ms = performance.now() - t0;
    const small = ADVERSARIAL[name](Math.ceil(size / 10));
    const [a, b] = [analyze(small, { facts }), analyze(small, { facts })];
    return {
      name,
      ms,
      length: text.length,
      claims: analysis.claims.length,
      violations: violations(text, analysis),
      deterministic: JSON.stringify(comparable(a)) === JSON.stringify(comparable(b)),
    };
  } catch (err) {
    return { name, ms: 0, length: text.length, claims: 0, violations: [], deterministic: false, error: (err as Error).stack ?? String(err) };
  }
}

parentPort!.on('message', (name: string) => parentPort!.postMessage(run(name)));
