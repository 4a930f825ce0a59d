// Drives the VS Code workbench in chromium the way a person would: keyboard shortcuts, the mouse
// for hovers, and reads only what is on screen (the DOM). Every wait polls; the Problems panel lags
// the squiggles, and the editor and the Problems list are virtualised (only visible rows exist).
import { chromium } from 'playwright-core';
import { waitForValue } from './proc.mjs';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  // Without these chromium keeps trying to reach the (closed) network.
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser(env) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    env,
    timeout: 60_000,
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  // vsda 404s and similar console noise are expected; only uncaught page errors count.
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { browser, page, pageErrors };
}

/**
 * Waits until no finite animation is running (hovers and menus fade in), so a screenshot shows
 * them fully drawn. Infinite ones (a blinking cursor, progress bars) are ignored.
 */
export function settle(page) {
  return page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000, polling: 50 },
  );
}

export async function openWorkbench(page, url) {
  await page.goto(url, { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
}

export const editorSelector = (fileName) => `.monaco-editor[data-uri$="/${fileName}"]`;

/** Quick Open (Ctrl+P), type the name, wait for the result row, Enter; waits for the editor. */
export async function openFile(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`${editorSelector(fileName)} .view-lines`).waitFor();
  await page.locator(`${editorSelector(fileName)} textarea`).focus();
}

/** Moves the cursor with Go to Line (Ctrl+G) to a 1-based line and column. */
export async function goTo(page, fileName, line, column) {
  await page.locator(`${editorSelector(fileName)} textarea`).focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
  await page.waitForFunction(
    ([sel, want]) => {
      const el = document.querySelector(`${sel} .cursors-layer .cursor`);
      // The status bar shows "Ln x, Col y" for the active editor.
      const pos = document.querySelector('#status\\.editor\\.selection')?.textContent ?? '';
      return el && pos.includes(want);
    },
    [editorSelector(fileName), `Ln ${line}, Col ${column}`],
    { timeout: 10_000 },
  );
}

export function countSquiggles(page, fileName, severity) {
  return page.locator(`${editorSelector(fileName)} .view-overlays .cdr.squiggly-${severity}`).count();
}

export function waitForSquiggles(page, fileName, severity, accept, what, timeoutMs = 30_000) {
  return waitForValue(`${what} (${severity} squiggles in ${fileName})`,
    () => countSquiggles(page, fileName, severity), accept, { timeoutMs });
}

/** The editor's visible text, line by line, in screen order (monaco renders spaces as U+00A0). */
export function editorLines(page, fileName) {
  return page.evaluate((sel) => {
    const lines = [...document.querySelectorAll(`${sel} .view-lines .view-line`)];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => l.textContent.replace(/\u00a0/g, ' '));
  }, editorSelector(fileName));
}

export async function showProblems(page) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
}

/** The marker rows of the Problems panel as plain data, each with the file group it is under. */
export function problemRows(page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')];
    rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    const markers = [];
    let file = '';
    for (const row of rows) {
      const group = /problems? in file (.+) of folder/.exec(row.getAttribute('aria-label') ?? '');
      if (group) file = group[1];
      if (!row.querySelector('.marker-message')) continue;
      markers.push({
        file,
        label: row.getAttribute('aria-label') ?? '',
        message: row.querySelector('.marker-message')?.textContent ?? '',
        source: row.querySelector('.marker-source')?.textContent ?? '',
        code: row.querySelector('.marker-code')?.textContent ?? '',
        line: Number(/Ln (\d+)/.exec(row.querySelector('.marker-line')?.textContent ?? '')?.[1] ?? 0),
      });
    }
    return markers;
  });
}

/** Polls the Problems panel until `accept(rows)` holds; throws with what was there. */
export function waitForProblems(page, accept, what, timeoutMs = 30_000) {
  return waitForValue(what, () => problemRows(page), accept, { timeoutMs });
}

/** Pixel box of the `occurrence`-th appearance of `text` in the editor's rendered lines. */
async function textBox(page, fileName, text, occurrence = 0) {
  const box = await page.evaluate(
    ([sel, needle, nth]) => {
      let seen = 0;
      const lines = [...document.querySelectorAll(`${sel} .view-lines .view-line`)];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const content = node.textContent.replace(/\u00a0/g, ' ');
          for (let at = content.indexOf(needle); at >= 0; at = content.indexOf(needle, at + 1)) {
            if (seen++ < nth) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
        }
      }
      return null;
    },
    [editorSelector(fileName), text, occurrence],
  );
  if (!box) throw new Error(`"${text}" is not rendered in one text node of ${fileName}`);
  return box;
}

/**
 * Moves the mouse onto `text` and returns the text of the visible hover's Markdown parts (the hover
 * providers' content; the diagnostic part of the hover is not Markdown and is left out).
 */
export async function hoverText(page, fileName, text, accept, what, timeoutMs = 15_000) {
  const box = await textBox(page, fileName, text);
  // Move away first so a hover that is already open does not stick.
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  const selector = '.monaco-hover:not(.hidden) .rendered-markdown';
  return waitForValue(`a hover over "${text}" that ${what}`,
    async () => (await page.locator(selector).allTextContents()).join('\n'), accept, { timeoutMs });
}

/** Puts the cursor in the claim, opens the Quick Fix menu (Ctrl+.) and picks the action. */
export async function applyQuickFix(page, fileName, line, column, titlePattern) {
  await page.mouse.move(5, 5);
  await goTo(page, fileName, line, column);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: 15_000 });
  const titles = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent));
  const index = titles.findIndex((title) => titlePattern.test(title));
  if (index < 0) throw new Error(`no quick fix matches ${titlePattern}; offered: ${JSON.stringify(titles)}`);
  return { titles, pick: () => pickFocusedAction(page, titlePattern, titles.length), title: titles[index] };
}

/**
 * Chooses the action with the keyboard, as a person does after Ctrl+. (a pointer block overlay
 * covers the menu for mouse clicks): arrow down to the matching row, then Enter.
 */
export async function pickFocusedAction(page, titlePattern, rowCount) {
  const focusedLabel = () =>
    page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label', { timeout: 5_000 });
  for (let moves = 0; moves <= rowCount; moves++) {
    if (titlePattern.test((await focusedLabel()) ?? '')) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not focus the quick fix matching ${titlePattern}`);
}

/** Saves the active editor (Ctrl+S); autosave is off so the file on disk changes only here. */
export async function save(page, fileName) {
  await page.locator(`${editorSelector(fileName)} textarea`).focus();
  await page.keyboard.press('Control+S');
}

/** The text of the status bar item whose text starts with "Tally". */
export function tallyStatusText(page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('.statusbar-item')];
    const texts = items.map((el) => el.textContent.replace(/\s+/g, ' ').trim());
    return texts.find((t) => t.startsWith('Tally')) ?? null;
  });
}

export function waitForTallyStatus(page, accept, what, timeoutMs = 30_000) {
  return waitForValue(`${what} (the status bar item starting with "Tally")`,
    () => tallyStatusText(page), (text) => text !== null && accept(text), { timeoutMs });
}

/**
 * Runs a command from the Command Palette (Ctrl+Shift+P): types `query`, waits for a row whose label
 * matches `label` (a string it must contain, or a RegExp), focuses that row with the arrow keys and
 * presses Enter. Returns the labels the palette offered.
 */
export async function runCommand(page, query, label = query) {
  const matches = (text) => (label instanceof RegExp ? label.test(text) : text.includes(label));
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${query}`);
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  const labels = await waitForValue(`a Command Palette row matching ${label}`,
    () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent ?? '')),
    (all) => all.some(matches), { timeoutMs: 15_000 });
  for (let moves = 0; moves <= labels.length; moves++) {
    const focused = await page.locator('.quick-input-widget .monaco-list-row.focused').getAttribute('aria-label', { timeout: 5_000 });
    if (matches(focused ?? '')) {
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden' });
      return labels;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not focus the Command Palette row matching ${label}; offered: ${JSON.stringify(labels)}`);
}

/** Puts the cursor at line/column, opens Source Action… from the Command Palette and returns the menu. */
export async function openSourceActions(page, fileName, line, column, titlePattern) {
  await page.mouse.move(5, 5);
  await goTo(page, fileName, line, column);
  await runCommand(page, 'Source Action', /^Source Action/);
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: 15_000 });
  const titles = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.textContent));
  if (!titles.some((title) => titlePattern.test(title))) {
    throw new Error(`no source action matches ${titlePattern}; offered: ${JSON.stringify(titles)}`);
  }
  return { titles, pick: () => pickFocusedAction(page, titlePattern, titles.length) };
}

/** The notification toasts on screen: message, source, buttons and whether a progress bar runs. */
export function notifications(page) {
  return page.evaluate(() => [...document.querySelectorAll('.notification-toast-container')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => ({
      message: el.querySelector('.notification-list-item-message')?.textContent ?? '',
      buttons: [...el.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((b) => b.textContent?.trim() ?? ''),
      progress: !!el.querySelector('.monaco-progress-container.active, .monaco-progress-container.infinite, .monaco-progress-container.discrete'),
    })));
}

export function waitForNotification(page, accept, what, timeoutMs = 30_000) {
  return waitForValue(`a notification that ${what}`, () => notifications(page), (all) => all.some(accept), { timeoutMs })
    .then((all) => all.find(accept));
}

/** The text of the Output panel's editor (the channel on show), line by line. */
export function outputLines(page) {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.part.panel .output-view .monaco-editor .view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => l.textContent.replace(/\u00a0/g, ' '));
  });
}

/** The label of the active editor tab. */
export function activeTabLabel(page) {
  return page.locator('.tabs-container .tab.active').first().getAttribute('aria-label', { timeout: 5_000 });
}
