// Neovim as a second real LSP client: runs neovim.lua headless against `node dist/server.js --stdio`
// and checks what it observed (diagnostics, hover, a quick fix applied to the buffer).
// Standalone: `node test/e2e/neovim.mjs` (after `npm run build`).
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './lib/proc.mjs';
import { EN_DRAFT, loadEvidence, namesEvidence, replaceFirst } from './lib/expectations.mjs';

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(E2E_DIR, '..', '..');

function hoverToText(hover) {
  const contents = hover?.contents;
  if (!contents) return '';
  const parts = Array.isArray(contents) ? contents : [contents];
  const markdown = parts.map((part) => (typeof part === 'string' ? part : part.value ?? '')).join('\n');
  // Neovim shows the Markdown source: undo its backslash escapes ("2023\\-12") before reading it.
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|$<>~])/g, '$1');
}

/** A few lines of what Neovim saw; the whole record is in artifacts/neovim-observed.json. */
function summary(observed) {
  const diagnostics = (observed.diagnostics ?? []).map((d) => `L${d.range.start.line + 1} ${d.source}/${d.code}: ${d.message}`);
  return [
    `stage: ${observed.stage}${observed.error ? `, error: ${observed.error}` : ''}`,
    `diagnostics (${diagnostics.length}): ${diagnostics.join('\n  ') || 'none'}`,
    `hover: ${hoverToText(observed.hover).slice(0, 300) || observed.hover_error || 'none'}`,
    `code actions: ${JSON.stringify(observed.code_action_titles ?? [])}`,
    observed.lsp_log ? `LSP log tail:\n${observed.lsp_log}` : '',
  ].filter(Boolean).join('\n');
}

function check(condition, message, observed) {
  if (!condition) throw new Error(`${message}\nNeovim saw:\n${summary(observed)}`);
}

/** Runs the Neovim check; returns a few measured figures. Throws with what nvim saw on failure. */
export async function runNeovimCheck({ artifactsDir, serverPath = join(REPO_ROOT, 'dist', 'server.js') }) {
  const root = await mkdtemp(join(tmpdir(), 'tally-nvim-'));
  try {
    const draft = join(root, 'ws', EN_DRAFT.file);
    await mkdir(dirname(draft), { recursive: true });
    await copyFile(join(E2E_DIR, 'fixtures', 'ws', EN_DRAFT.file), draft);
    const outPath = join(root, 'observed.json');
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(root, 'config'),
      XDG_DATA_HOME: join(root, 'data'),
      XDG_STATE_HOME: join(root, 'state'),
      XDG_CACHE_HOME: join(root, 'cache'),
      TMPDIR: root,
      TALLY_NVIM_SERVER: serverPath,
      TALLY_NVIM_FILE: draft,
      TALLY_NVIM_CLAIM: EN_DRAFT.wrong,
      TALLY_NVIM_OUT: outPath,
    };
    const started = Date.now();
    const run = await runCommand('nvim', ['--headless', '--clean', '-c', `luafile ${join(E2E_DIR, 'neovim.lua')}`],
      { cwd: root, env, timeoutMs: 60_000 });
    const elapsedMs = Date.now() - started;
    const raw = await readFile(outPath, 'utf8').catch(() => null);
    if (raw === null) throw new Error(`nvim wrote no observations (exit ${run.code}): ${run.stdout}${run.stderr}`);
    const observed = JSON.parse(raw);
    await writeFile(join(artifactsDir, 'neovim-observed.json'), JSON.stringify(observed, null, 2));
    const failed = () => `the Neovim script failed at stage "${observed.stage}": ${observed.error}`;
    // Diagnostics and hover are judged even when a later stage (the code action) failed.
    check(observed.ok || !['start', 'attach'].includes(observed.stage), failed(), observed);

    const tally = observed.diagnostics.filter((d) => d.source === 'Tally');
    const onClaim = tally.find((d) => d.code === EN_DRAFT.check && d.range.start.line === observed.claim_position.line);
    check(onClaim, `no Tally ${EN_DRAFT.check} diagnostic on the line of "${EN_DRAFT.wrong}"`, observed);
    const evidence = await loadEvidence(REPO_ROOT);
    const source = `the source (${evidence.publisher}, ${evidence.date})`;
    check(namesEvidence(onClaim.message, evidence), `the diagnostic message does not name ${source}`, observed);

    const hover = hoverToText(observed.hover);
    check(namesEvidence(hover, evidence) && hover.includes('2.6') && hover.includes('1.6'),
      `the hover does not name the value read (2.6), the fact (1.6) and ${source}: ${hover}`, observed);

    check(observed.ok, failed(), observed);
    check(EN_DRAFT.fixTitle.test(observed.chosen_title), `the code action title does not match ${EN_DRAFT.fixTitle}`, observed);
    const expected = replaceFirst(observed.original, EN_DRAFT.wrong, EN_DRAFT.right);
    check(observed.after_fix === expected, 'applying the code action did not change exactly the claim', observed);
    const stillThere = observed.diagnostics_after_fix.some(
      (d) => d.source === 'Tally' && d.range.start.line === observed.claim_position.line,
    );
    check(!stillThere, 'the diagnostic on the fixed line is still published after the fix', observed);
    return { elapsedMs, diagnosticsMs: observed.diagnostics_ms, tallyDiagnostics: tally.length };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const artifactsDir = join(E2E_DIR, 'artifacts');
  await mkdir(artifactsDir, { recursive: true });
  runNeovimCheck({ artifactsDir }).then(
    (figures) => console.log('neovim: ok', figures),
    (error) => {
      console.error(`neovim: FAILED\n${error.message}`);
      process.exitCode = 1;
    },
  );
}
