// Tally's end-to-end suite: builds and packages the extension, checks the language server from
// Neovim, then installs the .vsix into a fresh code-server profile and works through the fixture
// drafts in chromium as a writer would. Screenshots go to test/e2e/artifacts/ (and the three used by
// the README to docs/images/). Exits non-zero naming the step that failed.
//
//   npm run test:e2e                 install (idempotent) + run
//   node test/e2e/run.mjs            run only
//   TALLY_E2E_VSIX=path.vsix ...     test that package instead of building one (harness work)
//   TALLY_E2E_ONLY=vscode|neovim     run one of the two editors
//   TALLY_E2E_KEEP=1 ...             keep the temp root (profile, workspace copy) for inspection
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, isolatedEnv, makeTempRoot, startCodeServer } from './lib/codeServer.mjs';
import { loadEvidence } from './lib/expectations.mjs';
import { killGroupsOnInterrupt, runChecked } from './lib/proc.mjs';
import { StepFailure, createStepRunner } from './lib/steps.mjs';
import { runVsCodeScenario } from './lib/vscodeScenario.mjs';
import { launchBrowser, openWorkbench, settle } from './lib/workbench.mjs';
import { runNeovimCheck } from './neovim.mjs';

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(E2E_DIR, '..', '..');
const ARTIFACTS = join(E2E_DIR, 'artifacts');
const CODE_SERVER = join(E2E_DIR, 'node_modules', '.bin', 'code-server');
/** Screenshots worth showing in the README, under the names docs/images/ keeps. */
const README_IMAGES = { '03-en-hover': 'hover.png', '02-en-problems': 'problems.png', '05-en-quick-fix': 'quick-fix.png' };

async function buildPackage(step) {
  const vsix = process.env.TALLY_E2E_VSIX;
  if (vsix) return resolve(vsix);
  await step('build and package the extension (npm run package)', async () => {
    await runChecked('npm', ['run', 'package'], { cwd: REPO_ROOT, timeoutMs: 300_000 });
    for (const built of ['dist/client.js', 'dist/server.js', 'tally.vsix']) {
      if (!existsSync(join(REPO_ROOT, built))) throw new Error(`npm run package did not produce ${built}`);
    }
  });
  return join(REPO_ROOT, 'tally.vsix');
}

async function inVsCode(step, vsixPath) {
  const dirs = await makeTempRoot(join(E2E_DIR, 'fixtures', 'ws'));
  let server;
  let browser;
  let page;
  try {
    await step('install the .vsix into a fresh code-server profile', () => installExtension(CODE_SERVER, dirs, vsixPath));
    server = await step('start code-server', () => startCodeServer(CODE_SERVER, dirs, join(ARTIFACTS, 'code-server.log')));
    const launched = await step('start chromium and open the workbench', async () => {
      const opened = await launchBrowser(isolatedEnv(dirs.root));
      await openWorkbench(opened.page, server.url);
      return opened;
    });
    ({ browser, page } = launched);
    const shot = async (name) => {
      await settle(page).catch(() => {}); // a still-running animation must not fail the run
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    };
    try {
      const evidence = await loadEvidence(REPO_ROOT);
      await runVsCodeScenario({ page, step, shot, workspaceDir: dirs.workspace, evidence });
    } catch (error) {
      // The extension host and language server logs say why an extension did not answer.
      await cp(join(dirs.userData, 'logs'), join(ARTIFACTS, 'vscode-logs'), { recursive: true }).catch(() => {});
      throw error;
    }
    if (launched.pageErrors.length > 0) {
      throw new Error(`uncaught errors in the workbench page:\n${launched.pageErrors.join('\n')}`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (process.env.TALLY_E2E_KEEP) console.log(`kept ${dirs.root}`);
    else await rm(dirs.root, { recursive: true, force: true });
  }
}

/**
 * Copies the README screenshots that this run took. Each is taken at the end of the step it shows
 * (the quick fix menu once it offers the expected title), so one that exists shows working behaviour
 * even when a later step failed.
 */
async function publishReadmeImages() {
  const target = join(REPO_ROOT, 'docs', 'images');
  await mkdir(target, { recursive: true });
  const copied = [];
  for (const [shot, name] of Object.entries(README_IMAGES)) {
    const source = join(ARTIFACTS, `${shot}.png`);
    if (!existsSync(source)) continue;
    await copyFile(source, join(target, name));
    copied.push(name);
  }
  console.log(`  docs/images/: ${copied.length ? copied.join(', ') : 'nothing'} updated`);
}

async function main() {
  killGroupsOnInterrupt();
  if (!existsSync(CODE_SERVER)) {
    throw new Error('code-server is not installed: run `bash test/e2e/install.sh` first (or `npm run test:e2e`)');
  }
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
  const { step, timings, elapsedMs } = createStepRunner();
  // The two editors are independent: a failure in one still lets the other report.
  const failures = [];
  const attempt = (body) => body().catch((error) => failures.push(error));
  try {
    const vsixPath = await buildPackage(step);
    const only = process.env.TALLY_E2E_ONLY;
    if (only !== 'vscode') {
      await attempt(async () => {
        const nvim = await step('Neovim: diagnostics, hover and a code action over --stdio', () =>
          runNeovimCheck({ artifactsDir: ARTIFACTS }));
        console.log(`  neovim: first diagnostics ${nvim.diagnosticsMs} ms after start, whole run ${nvim.elapsedMs} ms`);
      });
    }
    if (only !== 'neovim') {
      await attempt(() => inVsCode(step, vsixPath));
      await publishReadmeImages();
    }
  } finally {
    const passed = timings.filter((t) => !t.failed).length;
    console.log(`\n${passed} passed, ${timings.length - passed} failed  (${(elapsedMs() / 1000).toFixed(1)} s; artifacts in ${ARTIFACTS})`);
  }
  if (failures.length > 0 || timings.some((t) => t.failed)) {
    const failedSteps = timings.filter((t) => t.failed).map((t) => `  - ${t.name}`);
    // Errors outside any step (a crash of the harness itself) were not printed yet.
    const unreported = failures.flatMap((f) => (f instanceof AggregateError ? f.errors : [f]))
      .filter((f) => !(f instanceof StepFailure)).map((f) => `  - ${f.stack ?? f}`);
    throw new Error(`failed steps (details above):\n${[...failedSteps, ...unreported].join('\n')}`);
  }
}

main().catch((error) => {
  console.error(`\nE2E FAILED — ${error.message}`);
  process.exitCode = 1;
});
