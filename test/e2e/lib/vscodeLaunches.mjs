// The two extra code-server launches: VS Code in Chinese (Tally's command titles and diagnostics
// follow the display language) and an untrusted folder (Tally runs in limited mode: bundled facts
// only, and it says so).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN_DRAFT, PACK_DRAFT, namesEvidence, positionOf } from './expectations.mjs';
import { waitForValue } from './proc.mjs';
import * as wb from './workbench.mjs';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');

const tallyRows = (rows, file) => rows.filter((row) => row.file === file && row.source.includes('Tally'));

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs the parts one after the other; a failed part still lets the next one report. */
async function runParts(context, parts) {
  const failures = [];
  for (const part of parts) {
    try {
      await part(context);
    } catch (error) {
      failures.push(error);
      await context.shot(`failure-${context.name}-${failures.length}`).catch(() => {});
      await context.page.keyboard.press('Escape');
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `${context.name} scenario failed`);
}

async function chineseCommandTitles({ page, step, shot }) {
  await step('zh-cn UI: the Command Palette shows Tally\'s command titles from package.nls.zh-cn.json', async () => {
    const nls = JSON.parse(await readFile(join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    const titles = Object.entries(nls).filter(([key]) => key.startsWith('command.')).map(([, title]) => `Tally: ${title}`);
    assert(titles.length >= 5, `package.nls.zh-cn.json has only ${titles.length} command titles`);
    const input = page.locator('.quick-input-widget input');
    // The palette lists the commands known when it opens: reopen it until the extension's are there.
    await waitForValue('every Tally command with its Chinese title', async () => {
      if (!(await input.isVisible())) {
        await page.keyboard.press('Control+Shift+P');
        await input.waitFor({ state: 'visible' });
        await input.fill('>Tally');
      }
      const labels = await page.locator('.quick-input-widget .monaco-list-row').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
      if (!titles.every((title) => labels.some((label) => label.includes(title)))) await page.keyboard.press('Escape');
      return labels;
    }, (labels) => titles.every((title) => labels.some((label) => label.includes(title))), { timeoutMs: 15_000, intervalMs: 300 });
    await shot('20-zh-ui-commands');
    await page.keyboard.press('Escape');
  });
}

async function chineseDiagnostics({ page, step, shot, workspaceDir, evidence }) {
  // The English draft: the messages follow VS Code's display language, not the draft's.
  const { file } = EN_DRAFT;
  const text = await readFile(join(workspaceDir, file), 'utf8');
  const first = positionOf(text, EN_DRAFT.wrong, 0);
  await step('zh-cn UI: diagnostics, quick fixes and the status bar item are in Chinese', async () => {
    await wb.openFile(page, file);
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 2, 'two error squiggles');
    await wb.showProblems(page);
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 2, `two Tally problems in ${file}`);
    for (const row of tallyRows(rows, file)) {
      assert(row.message.includes('不符') && namesEvidence(row.message, evidence),
        `the problem on line ${row.line} is not in Chinese or does not name the source: "${row.message}"`);
    }
    await wb.waitForTallyStatus(page, (t) => /\d+ 个数字 · 2 个问题/.test(t), 'the status bar to count in Chinese');
    const menu = await wb.applyQuickFix(page, file, first.line, first.column + 1, /^将“\$2\.6 billion”改为“\$1\.6 billion”/);
    await shot('21-zh-ui-quick-fix');
    assert(menu.titles.some((t) => t.includes('忽略')), `no Chinese suppression action offered: ${JSON.stringify(menu.titles)}`);
    await page.keyboard.press('Escape');
  });
}

export function runChineseUiScenario(context) {
  return runParts({ ...context, name: 'zh' }, [chineseDiagnostics, chineseCommandTitles]);
}

async function untrustedFlags({ page, step, shot, workspaceDir, evidence }) {
  const { file } = PACK_DRAFT;
  const text = await readFile(join(workspaceDir, file), 'utf8');
  const pack = positionOf(text, PACK_DRAFT.packClaim);
  const bundled = positionOf(text, PACK_DRAFT.bundledClaim);
  await step('untrusted: the folder is in Restricted Mode and Tally flags with the bundled facts only', async () => {
    await waitForValue('the Restricted Mode status bar item', () => page.locator('.statusbar-item').allTextContents(),
      (texts) => texts.some((t) => t.includes('Restricted Mode')), { timeoutMs: 15_000 });
    await wb.openFile(page, file);
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 1, 'one error squiggle (the bundled fact)');
    await wb.showProblems(page);
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, file).length >= 1, `a Tally problem in ${file}`);
    const ours = tallyRows(rows, file);
    assert(ours.length === 1 && ours[0].line === bundled.line && namesEvidence(ours[0].message, evidence),
      `expected one problem on line ${bundled.line} naming ${evidence.publisher}, got ${JSON.stringify(ours, null, 2)}`);
    assert(!ours.some((r) => r.line === pack.line), `the workspace pack was used: a problem on line ${pack.line}`);
    // Still none after the status bar has counted the draft: the pack's verdict is not merely late.
    await wb.waitForTallyStatus(page, (t) => /(^|\D)1 problem\b/.test(t), 'the status bar to count 1 problem');
    await shot('30-untrusted-bundled-only');
    // Nothing is written into an untrusted folder: no "Add as fact" (trusted, it is offered on this figure too).
    const menu = await wb.applyQuickFix(page, file, bundled.line, bundled.column + 1, /^Replace “\$2\.6 billion” with “\$1\.6 billion”/);
    assert(!menu.titles.some((t) => /as a fact/.test(t)), `"Add as fact" is offered in an untrusted workspace: ${JSON.stringify(menu.titles)}`);
    await page.keyboard.press('Escape');
  });
}

async function untrustedSaysSo({ page, step, shot }) {
  await step('untrusted: Tally says it uses the bundled facts only (Output)', async () => {
    await wb.runCommand(page, 'Tally: Show Output', 'Tally: Show Output');
    await waitForValue('the Tally output to mention the untrusted workspace', () => wb.outputLines(page),
      (lines) => lines.some((l) => l.includes('Untrusted workspace') && l.includes('bundled facts only')), { timeoutMs: 15_000 });
    await shot('31-untrusted-output');
  });
}

export function runUntrustedScenario(context) {
  return runParts({ ...context, name: 'untrusted' }, [untrustedFlags, untrustedSaysSo]);
}
