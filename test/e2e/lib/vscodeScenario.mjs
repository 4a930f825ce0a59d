// What a writer does with Tally in VS Code, step by step, asserted from the screen: squiggles,
// Problems entries naming the source, the hover, the quick fix (checked on disk after saving),
// a suppression comment, the status bar count, then the same for a Chinese draft.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EN_DRAFT, ZH_DRAFT, namesEvidence, positionOf, replaceFirst } from './expectations.mjs';
import { pollUntil, waitForValue } from './proc.mjs';
import { workflowParts } from './vscodeCommands.mjs';
import * as wb from './workbench.mjs';

const tallyRows = (rows, file) => rows.filter((row) => row.file === file && row.source.includes('Tally'));

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** After Ctrl+S, polls the file on disk until it holds exactly `expected`. */
async function saveAndExpect(page, dir, fileName, expected, what) {
  await wb.save(page, fileName);
  await waitForValue(`${fileName} on disk to be ${what}`, () => readFile(join(dir, fileName), 'utf8'),
    (text) => text === expected, { timeoutMs: 15_000 });
}

function describesFinding(row, draft, evidence, what) {
  assert(row.code.includes(draft.check), `${what}: code is "${row.code}", expected ${draft.check}`);
  assert(namesEvidence(row.message, evidence),
    `${what}: message "${row.message}" does not name the source (${evidence.publisher}, ${evidence.date})`);
}

/** The status bar item starts with "Tally" and counts `count` problems in the active draft. */
function waitForStatusCount(page, count) {
  return wb.waitForTallyStatus(page, (text) => new RegExp(`(^|\\D)${count} problems?\\b`).test(text),
    `the status bar to count ${count} problem(s)`);
}

async function englishDraft({ page, step, shot, workspaceDir, evidence }) {
  const { file } = EN_DRAFT;
  const original = await readFile(join(workspaceDir, file), 'utf8');
  const first = positionOf(original, EN_DRAFT.wrong, 0);
  const second = positionOf(original, EN_DRAFT.wrong, 1);
  const correct = positionOf(original, EN_DRAFT.right, 0);

  await step('EN: both wrong claims get an error squiggle', async () => {
    await wb.openFile(page, file);
    const opened = Date.now();
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 2, 'two error squiggles');
    console.log(`  first squiggles ${((Date.now() - opened) / 1000).toFixed(1)} s after the draft opened`);
    await shot('01-en-squiggles');
  });

  await step('EN: Problems lists them with source Tally and the publisher; none on the correct claim', async () => {
    await wb.showProblems(page);
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, file).length >= 2, 'two Tally problems');
    const ours = tallyRows(rows, file);
    assert(ours.length === 2, `expected 2 Tally problems in ${file}, got ${JSON.stringify(ours, null, 2)}`);
    assert(ours.some((r) => r.line === first.line) && ours.some((r) => r.line === second.line),
      `problems are not on lines ${first.line} and ${second.line}: ${JSON.stringify(ours)}`);
    ours.forEach((row) => describesFinding(row, EN_DRAFT, evidence, `problem on line ${row.line}`));
    assert(!ours.some((r) => r.line === correct.line), `a false alarm on the correct claim (line ${correct.line})`);
    await shot('02-en-problems');
  });

  await step('EN: the status bar item shows the count', () => waitForStatusCount(page, 2));

  await step('EN: the hover names the value read and the source', async () => {
    await wb.hoverText(page, file, EN_DRAFT.wrong,
      (text) => namesEvidence(text, evidence) && text.includes('2.6') && text.includes('1.6'),
      `names the value read (2.6), the fact (1.6) and its source (${evidence.publisher}, ${evidence.date})`);
    await shot('03-en-hover');
  });

  // The suppression comes first so that a missing quick fix cannot hide whether suppression works.
  const lines = original.split('\n');
  lines.splice(second.line - 1, 0, EN_DRAFT.suppression);
  const suppressed = lines.join('\n');
  await step('EN: a suppression comment silences the second finding', async () => {
    await wb.goTo(page, file, second.line, 1);
    await page.keyboard.insertText(EN_DRAFT.suppression);
    await page.keyboard.press('Enter');
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 1, 'one error squiggle left after the suppression');
    await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 1 && tallyRows(r, file)[0].line === first.line,
      `only the problem on line ${first.line} left`);
    await saveAndExpect(page, workspaceDir, file, suppressed, 'the original plus the suppression line');
    await waitForStatusCount(page, 1);
    await shot('04-en-suppressed');
  });

  await step('EN: the quick fix replaces exactly the claim and its problem disappears', async () => {
    const menu = await wb.applyQuickFix(page, file, first.line, first.column + 1, EN_DRAFT.fixTitle);
    await shot('05-en-quick-fix');
    await menu.pick();
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 0, 'no error squiggle after the fix');
    await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 0, `no Tally problem left in ${file}`);
    await saveAndExpect(page, workspaceDir, file, replaceFirst(suppressed, EN_DRAFT.wrong, EN_DRAFT.right),
      'the suppressed text with only the first claim replaced');
    await shot('06-en-after-fix');
  });

  await step('EN: a footnote citation is inserted for the now supported figure', async () => {
    const menu = await wb.applyQuickFix(page, file, first.line, first.column + 1, EN_DRAFT.citeTitle);
    await menu.pick();
    await wb.save(page, file);
    await waitForValue(`${file} on disk to cite the figure`, () => readFile(join(workspaceDir, file), 'utf8'), (text) => {
      const lines = text.split('\n');
      return lines[first.line - 1].includes(`${EN_DRAFT.right}[^1]`) && lines.some((l) => l.startsWith('[^1]: ') && namesEvidence(l, evidence));
    }, { timeoutMs: 15_000 });
    await shot('06b-en-citation');
  });

  await step('EN: Show Claims lists the figures with their verdicts', async () => {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('Tally: Show Claims');
    await page.locator('.quick-input-widget .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await waitForValue('the claims quick pick', () => page.locator('.quick-input-widget .monaco-list-row').allTextContents(),
      (rows) => rows.some((r) => r.includes(EN_DRAFT.right) && r.includes('supported')), { timeoutMs: 15_000 });
    await shot('06c-en-claims');
    await page.keyboard.press('Escape');
  });
}

async function chineseDraft({ page, step, shot, workspaceDir, evidence }) {
  const { file } = ZH_DRAFT;
  const original = await readFile(join(workspaceDir, file), 'utf8');
  const wrong = positionOf(original, ZH_DRAFT.wrong, 0);
  const correct = positionOf(original, ZH_DRAFT.right, 0);

  await step('ZH: the wrong claim gets an error squiggle and a Problems entry naming the source', async () => {
    await wb.openFile(page, file);
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 1, 'one error squiggle');
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, file).length >= 1, `a Tally problem in ${file}`);
    const ours = tallyRows(rows, file);
    assert(ours.length === 1 && ours[0].line === wrong.line,
      `expected one Tally problem on line ${wrong.line}, got ${JSON.stringify(ours, null, 2)}`);
    describesFinding(ours[0], ZH_DRAFT, evidence, `problem on line ${wrong.line}`);
    assert(!ours.some((r) => r.line === correct.line), `a false alarm on the correct claim (line ${correct.line})`);
  });

  await step('ZH: the hover names the source', async () => {
    await wb.hoverText(page, file, ZH_DRAFT.wrong, (text) => namesEvidence(text, evidence) && text.includes('26'),
      `names the value read (26) and the source (${evidence.publisher}, ${evidence.date})`);
    await shot('07-zh-hover');
  });

  await step('ZH: the quick fix writes 16亿美元 and the problem disappears', async () => {
    const menu = await wb.applyQuickFix(page, file, wrong.line, wrong.column + 1, ZH_DRAFT.fixTitle);
    await shot('08-zh-quick-fix');
    await menu.pick();
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 0, 'no error squiggle after the fix');
    await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 0, `no Tally problem left in ${file}`);
    await saveAndExpect(page, workspaceDir, file, replaceFirst(original, ZH_DRAFT.wrong, ZH_DRAFT.right),
      'the original with only the claim replaced');
    await shot('09-zh-after-fix');
  });
}

/**
 * Process ids of the Tally language servers that this launch's extension host started: the server's path
 * is inside this launch's temp root (its extensions folder). Only those: another end-to-end run on the
 * machine has its own servers, and killing them (as this used to) left that run's client without one.
 */
function tallyServerPids(tempRoot) {
  const pids = [];
  const inRoot = `${join(tempRoot, 'ext')}/`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(inRoot) && cmdline.includes('dist/server.js') && cmdline.includes('--node-ipc')) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** If the server process dies, the client starts a new one and checking goes on. */
async function serverRestart({ page, step, shot, workspaceDir }) {
  await step('the language server is killed and the client restarts it', async () => {
    const tempRoot = dirname(workspaceDir);
    const before = await pollUntil('a running Tally language server', () => (tallyServerPids(tempRoot).length ? tallyServerPids(tempRoot) : undefined));
    for (const pid of before) process.kill(pid, 'SIGKILL');
    const after = await pollUntil('a new Tally language server', () => {
      const now = tallyServerPids(tempRoot).filter((pid) => !before.includes(pid));
      return now.length ? now : undefined;
    }, { timeoutMs: 60_000 });
    assert(after.length >= 1, 'no new server process');
    // The new server checks what the writer types next.
    const { file } = ZH_DRAFT;
    await wb.openFile(page, file);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${ZH_DRAFT.retypeSentence}\n`);
    await wb.waitForSquiggles(page, file, 'error', (n) => n >= 1, 'an error squiggle from the restarted server', 60_000);
    await shot('10-after-restart');
  });
}

/** A workspace with no .tally folder and only the two drafts has nothing else for Tally to report. */
async function nothingElse({ page, step }) {
  await step('no Tally problem outside the drafts (no false alarms from workspace files)', async () => {
    const rows = await wb.problemRows(page);
    const elsewhere = rows.filter((row) => row.source.includes('Tally') && ![EN_DRAFT.file, ZH_DRAFT.file].includes(row.file));
    assert(elsewhere.length === 0, `Tally reports problems outside the drafts: ${JSON.stringify(elsewhere, null, 2)}`);
  });
}

/**
 * Runs the drafts one after the other. Each draft is its own file, so a failure in the English
 * one still lets the Chinese one (and the final check) report; all failures are thrown together.
 */
export async function runVsCodeScenario(context) {
  const failures = [];
  // The workflow parts come last: checking the workspace and adding a fact put results for other files
  // into the Problems panel, which "nothing else" must not see.
  for (const part of [englishDraft, chineseDraft, nothingElse, serverRestart, ...workflowParts]) {
    try {
      await part(context);
    } catch (error) {
      failures.push(error);
      await context.shot(`failure-${failures.length}`).catch(() => {});
      await context.page.keyboard.press('Escape'); // close a menu or hover left open by the failed step
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'VS Code scenario failed');
}
