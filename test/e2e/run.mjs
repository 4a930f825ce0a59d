// Tally's end-to-end suite: builds and packages the extension, checks the language server from
// Neovim, then installs the .vsix into fresh code-server profiles and works through the fixture
// drafts in chromium as a writer would (English UI, then a Chinese UI, then an untrusted folder). Screenshots go to test/e2e/artifacts/ (and the three used by
// the README to docs/images/). Exits non-zero naming the step that failed.
//
//   npm run test:e2e                 install (idempotent) + run
//   node test/e2e/run.mjs            run only
//   TALLY_E2E_VSIX=path.vsix ...     test that package instead of building one (harness work)
//   TALLY_E2E_ONLY=vscode|neovim     run one of the two editors
//   TALLY_E2E_KEEP=1 ...             keep the temp root (profile, workspace copy) for inspection
//   TALLY_E2E_LAUNCH=main,zh,untrusted  run only these code-server launches (default: all three)
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, isolatedEnv, makeTempRoot, startCodeServer } from './lib/codeServer.mjs';
import { loadEvidence } from './lib/expectations.mjs';
import { killGroupsOnInterrupt, runChecked } from './lib/proc.mjs';
import { StepFailure, createStepRunner } from './lib/steps.mjs';
import { runChineseUiScenario, runUntrustedScenario } from './lib/vscodeLaunches.mjs';
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

/**
 * The code-server launches, each with a fresh profile and its own copy of the fixtures: the writer's
 * main session (English UI, trusted), a Chinese display language, and an untrusted folder.
 */
const LAUNCHES = [
  { name: 'main', label: '', scenario: runVsCodeScenario },
  // VS Code takes a display language only from an installed language pack: a stub one (no
  // translations, so VS Code's own UI stays English) stands in for the Marketplace's Chinese pack.
  { name: 'zh', label: 'zh-cn UI: ', languagePack: 'zh-cn-language-pack', options: { locale: 'zh-cn' }, scenario: runChineseUiScenario },
  {
    name: 'untrusted',
    label: 'untrusted: ',
    // Trust on, no startup prompt: the folder opens in Restricted Mode as a fresh, unanswered workspace does.
    settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' },
    options: { trust: true },
    scenario: runUntrustedScenario,
  },
];

/**
 * Writes the user-data languagepacks.json that VS Code's server writes when a language pack is
 * installed from its UI (the CLI install does not), so that --locale finds the pack.
 */
async function registerLanguagePack(dirs, packFolder) {
  const manifest = JSON.parse(await readFile(join(E2E_DIR, 'fixtures', packFolder, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const installed = join(dirs.extensions, `${id}-${manifest.version}`);
  if (!existsSync(installed)) throw new Error(`the language pack is not installed at ${installed}`);
  const packs = {};
  for (const loc of manifest.contributes.localizations) {
    packs[loc.languageId] = {
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(loc.translations.map((t) => [t.id, join(installed, t.path)])),
      label: loc.localizedLanguageName ?? loc.languageName,
    };
  }
  await writeFile(join(dirs.userData, 'languagepacks.json'), JSON.stringify(packs));
}

async function inVsCode(step, vsixPath, launch) {
  const dirs = await makeTempRoot(join(E2E_DIR, 'fixtures', 'ws'), launch.settings);
  const suffix = launch.name === 'main' ? '' : `-${launch.name}`;
  let server;
  let browser;
  let page;
  try {
    await step(`${launch.label}install the .vsix into a fresh code-server profile`, () => installExtension(CODE_SERVER, dirs, vsixPath));
    if (launch.languagePack) {
      await step(`${launch.label}package and install the stub language pack`, async () => {
        const packVsix = join(dirs.tmp, `${launch.languagePack}.vsix`);
        await runChecked(join(REPO_ROOT, 'node_modules', '.bin', 'vsce'),
          ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', packVsix],
          { cwd: join(E2E_DIR, 'fixtures', launch.languagePack), timeoutMs: 60_000 });
        await installExtension(CODE_SERVER, dirs, packVsix);
        await registerLanguagePack(dirs, launch.languagePack);
      });
    }
    server = await step(`${launch.label}start code-server`, () =>
      startCodeServer(CODE_SERVER, dirs, join(ARTIFACTS, `code-server${suffix}.log`), launch.options));
    const launched = await step(`${launch.label}start chromium and open the workbench`, async () => {
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
      await launch.scenario({ page, step, shot, workspaceDir: dirs.workspace, evidence });
    } catch (error) {
      // The extension host and language server logs say why an extension did not answer.
      await cp(join(dirs.userData, 'logs'), join(ARTIFACTS, `vscode-logs${suffix}`), { recursive: true }).catch(() => {});
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
      const wanted = process.env.TALLY_E2E_LAUNCH?.split(',');
      for (const launch of LAUNCHES.filter((l) => !wanted || wanted.includes(l.name))) {
        await attempt(() => inVsCode(step, vsixPath, launch));
      }
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
