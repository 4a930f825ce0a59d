/**
 * Entry point of a check worker thread (bundled as dist/checkWorker.js, started by checkPool.ts).
 *
 * It loads the fact base once, from the same FactStore options as the thread that started it (bundled
 * snapshot or YAML, workspace packs, trust), says it is ready, then answers one message per draft:
 * `{ id, text, options, locale, want }` → `{ id, ok: true, ms, analysis | findings }`, in the order the
 * drafts arrive. The core never throws on user input; if it does anyway the error goes back as
 * `{ id, ok: false, error }` and the worker keeps serving.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { FactStore } from './factStore';
import type { WorkerData, WorkerReply, WorkerRequest } from './checkPool';

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('checkWorker.js runs only as a worker thread');
  const data = workerData as WorkerData;
  const store = new FactStore(data.facts);
  const facts = store.facts;
  // Tests only: crash this thread (an uncaught exception, as a bug in the core would) on a matching draft.
  const crashOn = process.env.TALLY_TEST_WORKER_CRASH;

  port.on('message', (req: WorkerRequest) => {
    if (crashOn && req.label.includes(crashOn)) throw new Error(`test crash on ${req.label}`);
    let reply: WorkerReply;
    try {
      const t0 = performance.now();
      const analysis = analyze(req.text, { facts, options: req.options, locale: req.locale });
      const ms = performance.now() - t0;
      // The claims are assembled when first read: reading them here keeps that cost in the worker.
      reply = req.want === 'findings' ? { id: req.id, ok: true, ms, findings: analysis.findings } : { id: req.id, ok: true, ms, analysis: { ...analysis, claims: analysis.claims } };
    } catch (error) {
      reply = { id: req.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // A result that cannot be copied to the caller's thread (DataCloneError): the caller checks it itself.
      port.postMessage({ id: req.id, ok: false, error: `its result could not be sent back: ${error instanceof Error ? error.message : String(error)}` } satisfies WorkerReply);
    }
  });
  port.postMessage({ ready: true, facts: facts.facts.length } satisfies WorkerReply);
}

main();
