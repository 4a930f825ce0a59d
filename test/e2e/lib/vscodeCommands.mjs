// The writer's workflow beyond one finding, in the main (trusted, English) session: a workspace fact
// pack changes a verdict, "Fix all certain corrections" touches exactly the certain claims, "Check All
// Markdown Files in Workspace" reports on a file that is not open and can be cancelled, and "Add as
// fact" writes the claim into the workspace pack and opens the entry. Asserted from the screen and
// from the files on disk.
import { createRequire } from 'node:module';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADDFACT_DRAFT, CLOSED_DRAFT, FIXALL_DRAFT, PACK_DRAFT, positionOf, replaceAll } from './expectations.mjs';
import { waitForValue } from './proc.mjs';
import * as wb from './workbench.mjs';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..', '..');
const { parse: parseYaml } = createRequire(join(REPO_ROOT, 'package.json'))('yaml');

const tallyRows = (rows, file) => rows.filter((row) => row.file === file && row.source.includes('Tally'));

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Trusted, the workspace pack decides the made-up company's figure; the bundled facts the other. */
async function workspacePack({ page, step, shot, workspaceDir }) {
  const { file } = PACK_DRAFT;
  const text = await readFile(join(workspaceDir, file), 'utf8');
  const pack = positionOf(text, PACK_DRAFT.packClaim);
  const bundled = positionOf(text, PACK_DRAFT.bundledClaim);
  await step('trusted: the workspace fact pack (.tally/facts) flags its figure next to the bundled one', async () => {
    await wb.openFile(page, file);
    await wb.waitForSquiggles(page, file, 'error', (n) => n === 2, 'two error squiggles (pack fact and bundled fact)');
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 2, `two Tally problems in ${file}`);
    const fromPack = tallyRows(rows, file).find((r) => r.line === pack.line);
    assert(fromPack && fromPack.message.includes(PACK_DRAFT.packPublisher) && fromPack.message.includes(PACK_DRAFT.packValue),
      `no problem on line ${pack.line} naming the pack fact (${PACK_DRAFT.packPublisher}, ${PACK_DRAFT.packValue}): ${JSON.stringify(rows)}`);
    assert(tallyRows(rows, file).some((r) => r.line === bundled.line), `no problem on line ${bundled.line} from the bundled facts`);
    await shot('11-pack-trusted');
  });
}

async function fixAll({ page, step, shot, workspaceDir }) {
  const { file } = FIXALL_DRAFT;
  const original = await readFile(join(workspaceDir, file), 'utf8');
  const expected = replaceAll(original, FIXALL_DRAFT.certain);
  const kept = FIXALL_DRAFT.untouched.map((claim) => positionOf(original, claim).line);
  await step('Fix all certain corrections changes exactly the certain claims', async () => {
    await wb.openFile(page, file);
    await wb.showProblems(page);
    // Three certain corrections (one figure twice) and two findings whose fixes are not certain.
    await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 5, `five Tally problems in ${file}`);
    const first = positionOf(original, FIXALL_DRAFT.certain[0][0]);
    const menu = await wb.openSourceActions(page, file, first.line, first.column + 1, FIXALL_DRAFT.title);
    await shot('12-fix-all-menu');
    await menu.pick();
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, file).length === 2, `two Tally problems left in ${file}`);
    const lines = tallyRows(rows, file).map((r) => r.line).sort((a, b) => a - b);
    assert(JSON.stringify(lines) === JSON.stringify(kept), `the problems left are on lines ${lines}, expected ${kept} (${FIXALL_DRAFT.untouched.join(', ')})`);
    await wb.save(page, file);
    await waitForValue(`${file} on disk to have exactly the certain corrections`, () => readFile(join(workspaceDir, file), 'utf8'),
      (text) => text === expected, { timeoutMs: 15_000 });
    await shot('13-fix-all-applied');
  });
}

/** Writes `count` drafts of ~14 KB each (about 0.1 s of checking apiece) into bulk/. */
async function writeBulkDrafts(workspaceDir, count) {
  const paragraphs = Array.from({ length: 60 }, (_, i) =>
    `Item ${i + 1}: OpenAI's annualized revenue reached $2.6 billion in December 2023, according to The Information. ` +
    `The company sold ${1200 + i} licences at $50 each, i.e. $90,000 in total, and revenue rose 50% from $20 million to $40 million.`);
  const text = `# Bulk draft\n\n${paragraphs.join('\n\n')}\n`;
  await mkdir(join(workspaceDir, 'bulk'), { recursive: true });
  for (let n = 0; n < count; n++) await writeFile(join(workspaceDir, 'bulk', `bulk-${String(n).padStart(3, '0')}.md`), text);
}

async function countMarkdown(dir) {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(md|markdown)$/.test(entry.name)) n++;
  }
  return n;
}

async function checkWorkspace({ page, step, shot, workspaceDir }) {
  await step('Check All Markdown Files reports on a file that is not open, in Problems', async () => {
    const total = await countMarkdown(workspaceDir);
    const closed = positionOf(await readFile(join(workspaceDir, CLOSED_DRAFT.path), 'utf8'), CLOSED_DRAFT.wrong);
    const before = await wb.problemRows(page);
    assert(tallyRows(before, CLOSED_DRAFT.file).length === 0, `${CLOSED_DRAFT.file} has problems before the check`);
    await wb.runCommand(page, 'Tally: Check All Markdown Files', 'Tally: Check All Markdown Files in Workspace');
    await wb.waitForNotification(page, (n) => n.message.includes(`Tally checked ${total} files`), `says Tally checked ${total} files`);
    await wb.showProblems(page);
    const rows = await wb.waitForProblems(page, (r) => tallyRows(r, CLOSED_DRAFT.file).length === 1, `a Tally problem in the closed ${CLOSED_DRAFT.file}`);
    const row = tallyRows(rows, CLOSED_DRAFT.file)[0];
    assert(row.line === closed.line && row.code.includes(CLOSED_DRAFT.check),
      `the problem in ${CLOSED_DRAFT.file} is ${JSON.stringify(row)}, expected ${CLOSED_DRAFT.check} on line ${closed.line}`);
    const editors = await page.locator(wb.editorSelector(CLOSED_DRAFT.file)).count();
    assert(editors === 0, `${CLOSED_DRAFT.file} was opened in an editor`);
    await shot('14-check-workspace');
  });

  await step('Check All Markdown Files shows progress and stops when cancelled', async () => {
    await wb.runCommand(page, 'Clear All Notifications', /Clear All Notifications/);
    await waitForValue('no notification toasts', () => wb.notifications(page), (all) => all.length === 0, { timeoutMs: 10_000 });
    const bulk = 150;
    await writeBulkDrafts(workspaceDir, bulk);
    const total = await countMarkdown(workspaceDir);
    const started = Date.now();
    await wb.runCommand(page, 'Tally: Check All Markdown Files', 'Tally: Check All Markdown Files in Workspace');
    const running = await wb.waitForNotification(page,
      (n) => n.message.includes(`Tally: checking ${total} Markdown files`) && n.buttons.includes('Cancel'),
      `shows the check's progress with a Cancel button (${total} files)`, 20_000);
    assert(running.progress, `the progress notification shows no progress bar: ${JSON.stringify(running)}`);
    await shot('15-check-workspace-progress');
    const toast = page.locator('.notification-toast-container', { hasText: 'Tally: checking' });
    await toast.locator('.monaco-button', { hasText: 'Cancel' }).click({ timeout: 5_000 });
    const done = await wb.waitForNotification(page, (n) => /check cancelled after \d+ of \d+ files/.test(n.message),
      'says the check was cancelled', 15_000);
    const [, checked, of] = /cancelled after (\d+) of (\d+) files/.exec(done.message).map(Number);
    assert(checked < of, `the cancelled check still read every file: ${done.message}`);
    await waitForValue('the progress notification to close', () => wb.notifications(page),
      (all) => !all.some((n) => n.message.includes('Tally: checking')), { timeoutMs: 10_000 });
    console.log(`  cancelled after ${checked} of ${of} files, ${((Date.now() - started) / 1000).toFixed(1)} s after the command`);
    await shot('16-check-workspace-cancelled');
    // The server is not stuck in the cancelled batch: it counts the claims of a draft opened next.
    await page.locator(`${wb.editorSelector(FIXALL_DRAFT.file)} textarea`).focus(); // out of the toast
    await wb.openFile(page, ADDFACT_DRAFT.file);
    await wb.waitForTallyStatus(page, (text) => /(^|\D)1 claim · 0 problems\b/.test(text),
      `the status bar to count the claim of ${ADDFACT_DRAFT.file} after the cancelled check`, 15_000);
  });
}

async function addFact({ page, step, shot, workspaceDir }) {
  const { file, factsFile } = ADDFACT_DRAFT;
  const original = await readFile(join(workspaceDir, file), 'utf8');
  const claim = positionOf(original, ADDFACT_DRAFT.claim);
  await step('Add as fact writes the claim to .tally/facts/added.yaml and opens the entry', async () => {
    await wb.openFile(page, file);
    const menu = await wb.applyQuickFix(page, file, claim.line, claim.column + 1, ADDFACT_DRAFT.title);
    await shot('17-add-fact-menu');
    await menu.pick();
    const added = wb.editorSelector('added.yaml');
    await page.locator(`${added} .view-lines`).waitFor({ timeout: 15_000 });
    await waitForValue('the active tab to be added.yaml', () => wb.activeTabLabel(page), (label) => /^added\.yaml\b/.test(label ?? ''), { timeoutMs: 10_000 });
    // The reveal command puts the cursor on the new entry (line 4: after the two comment lines and "facts:").
    await waitForValue('the cursor on the new entry', () => page.locator('#status\\.editor\\.selection').textContent(),
      (text) => (text ?? '').includes('Ln 4,'), { timeoutMs: 10_000 });
    await waitForValue('the entry in the editor', () => wb.editorLines(page, 'added.yaml'),
      (lines) => lines.some((l) => l.includes(`value: ${ADDFACT_DRAFT.entry.value}`)), { timeoutMs: 10_000 });
    await shot('18-add-fact-opened');
    await wb.save(page, 'added.yaml');
    const facts = await waitForValue(`${factsFile} on disk with the new entry`, async () => {
      try {
        return parseYaml(await readFile(join(workspaceDir, factsFile), 'utf8'))?.facts ?? [];
      } catch {
        return [];
      }
    }, (list) => list.length === 1, { timeoutMs: 15_000 });
    const [entry] = facts;
    for (const [key, value] of Object.entries(ADDFACT_DRAFT.entry)) {
      assert(entry[key] === value, `the new entry has ${key}: ${JSON.stringify(entry[key])}, expected ${JSON.stringify(value)}`);
    }
    assert(String(entry.note).includes(file), `the entry's note does not name ${file}: ${entry.note}`);
    assert((await readFile(join(workspaceDir, file), 'utf8')) === original, `${file} itself changed on disk`);
  });
}

export const workflowParts = [workspacePack, fixAll, checkWorkspace, addFact];
