// Named, timed steps: a failure says which step broke, and the summary lists how long each took.

export class StepFailure extends Error {
  constructor(stepName, cause) {
    super(`step "${stepName}" failed: ${cause?.message ?? cause}`);
    this.stepName = stepName;
    this.cause = cause;
  }
}

const indent = (text) => text.replace(/^/gm, '      ');

export function createStepRunner(log = console.log) {
  const timings = [];
  const started = Date.now();
  async function step(name, body) {
    const t0 = Date.now();
    log(`▶ ${name}`);
    try {
      const result = await body();
      timings.push({ name, ms: Date.now() - t0 });
      log(`  ✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return result;
    } catch (error) {
      if (error instanceof StepFailure) throw error; // a nested step already reported it
      timings.push({ name, ms: Date.now() - t0, failed: true });
      log(`  ✗ ${name}\n${indent(error?.message ?? String(error))}`);
      throw new StepFailure(name, error);
    }
  }
  return { step, timings, elapsedMs: () => Date.now() - started };
}
