// Language-server measurements over stdio: Tally's server (cold open → first diagnostics, keystroke →
// diagnostics, peak memory) and VS Code's Markdown language server as a peer on the same files.
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { openDocument, positionAt, pullDiagnostics, startLsp } from './lspClient.mjs';
import { createRandom } from './random.mjs';

const require = createRequire(import.meta.url);

/**
 * One-character edits in the middle of the document, each followed at once by a diagnostics pull, timed
 * from sending didChange to the pull's response. The edits type forward: a run of characters at a
 * random offset in the document's middle tenth, then another run elsewhere. No edit restores an earlier
 * text, so a server that remembers recent blocks by their text (server/src/core/document/recentBlocks.ts)
 * gains nothing it would not gain while someone types. Stops after `count` edits, or after `budgetMs`
 * once at least 10 were timed.
 */
async function keystrokes(lsp, uri, text, count, seed, budgetMs) {
  const r = createRandom(seed);
  const times = [];
  const started = performance.now();
  const word = 'revenue ';
  let version = 1;
  let cursor = -1;
  for (let i = 0; i < count; i++) {
    // A new run every word's length of characters, so the edits visit several blocks.
    if (i % word.length === 0) cursor = Math.floor(text.length * (0.45 + 0.1 * r.next()));
    const typed = word[i % word.length];
    const pos = positionAt(text, cursor);
    const change = { range: { start: pos, end: pos }, text: typed };
    text = text.slice(0, cursor) + typed + text.slice(cursor);
    cursor += 1;
    const t0 = performance.now();
    await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    await pullDiagnostics(lsp, uri);
    times.push(performance.now() - t0);
    // A slow server is sampled fewer times rather than holding the benchmark for an hour.
    if (performance.now() - started > budgetMs && times.length >= 10) break;
  }
  return times;
}

/**
 * What a user waits for when the editor starts Tally on a small draft: spawning a fresh server process
 * → the answer to the first diagnostics pull of `text` (start-up, fact loading and the first, cold
 * check), `runs` times, each in a new process. Milliseconds of wall time.
 */
export async function benchServerStart({ root, file, text, runs }) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const uri = `${pathToFileURL(file).href}?start=${i}`;
    const t0 = performance.now();
    const lsp = await startLsp({ args: [path.join(root, 'dist', 'server.js'), '--stdio'], rootUri: pathToFileURL(path.dirname(file)).href });
    try {
      await openDocument(lsp, uri, text);
      await pullDiagnostics(lsp, uri);
      times.push(performance.now() - t0);
    } finally {
      await lsp.stop();
    }
  }
  return times;
}

/** Tally's server on one file: open → first diagnostics (median of `opens` fresh documents), keystrokes, peak RSS. */
export async function benchTallyServer({ root, file, text, opens, edits, seed, budgetMs = 120_000 }) {
  const lsp = await startLsp({ args: [...(process.env.TALLY_BENCH_NODE_ARGS ? process.env.TALLY_BENCH_NODE_ARGS.split(' ') : []), path.join(root, 'dist', 'server.js'), '--stdio'], rootUri: pathToFileURL(path.dirname(file)).href });
  try {
    const openTimes = [];
    const firstTimes = [];
    let diagnostics = 0;
    for (let i = 0; i < opens; i++) {
      const uri = pathToFileURL(file).href + (i ? `?copy=${i}` : '');
      const t0 = performance.now();
      await openDocument(lsp, uri, text);
      diagnostics = (await pullDiagnostics(lsp, uri)).length;
      firstTimes.push(performance.now() - t0);
      // A document slow to check in full gets the visible part first (server/src/lsp/visibleFirst.ts): a
      // second pull waits for the full check under way (or, when the first answer was already complete,
      // is a cache hit), so "all diagnostics" is measured the same way at every size.
      diagnostics = (await pullDiagnostics(lsp, uri)).length;
      openTimes.push(performance.now() - t0);
      if (i) await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    const keys = await keystrokes(lsp, pathToFileURL(file).href, text, edits, seed, budgetMs);
    return { openTimes, firstTimes, keys, diagnostics, peakRssMB: lsp.peakRssMB() };
  } finally {
    await lsp.stop();
  }
}

/**
 * VS Code's Markdown language server (vscode-markdown-languageserver) with link validation on. Like VS
 * Code's Markdown client, this client answers `markdown/parse` with markdown-it tokens of its copy of
 * the document (cached per text) and the `markdown/fs/*` requests from the file system's view of one file.
 */
export async function benchMarkdownServer({ root, file, text, edits, seed }) {
  const MarkdownIt = require('markdown-it');
  const md = new MarkdownIt({ html: true, linkify: true });
  const uri = pathToFileURL(file).href;
  const current = { text, tokens: undefined };
  const server = require.resolve('vscode-markdown-languageserver');
  const lsp = await startLsp({
    args: [server, '--stdio'],
    rootUri: pathToFileURL(path.dirname(file)).href,
    initializationOptions: { markdownFileExtensions: ['md'] },
    handlers: {
      'markdown/parse': () => (current.tokens ??= md.parse(current.text, {})),
      'markdown/fs/stat': (p) => (p.uri === uri ? { isDirectory: false } : undefined),
      'markdown/fs/readFile': (p) => (p.uri === uri ? [...Buffer.from(current.text)] : []),
      'markdown/fs/readDirectory': () => [],
      'markdown/findMarkdownFilesInWorkspace': () => [uri],
      'markdown/fs/watcher/create': () => null,
      'markdown/fs/watcher/delete': () => null,
    },
  });
  const level = 'warning';
  const validate = { enabled: true, fileLinks: { enabled: level, markdownFragmentLinks: 'inherit' }, fragmentLinks: { enabled: level }, referenceLinks: { enabled: level }, unusedLinkDefinitions: { enabled: level }, duplicateLinkDefinitions: { enabled: level }, ignoredLinks: [] };
  await lsp.connection.sendNotification('workspace/didChangeConfiguration', { settings: { markdown: { validate, suggest: { paths: { enabled: true } }, occurrencesHighlight: { enabled: false } } } });
  try {
    const t0 = performance.now();
    await openDocument(lsp, uri, text);
    const diagnostics = (await pullDiagnostics(lsp, uri)).length;
    const openMs = performance.now() - t0;
    // Keep the client's copy (and so markdown/parse) in step with the edits.
    const r = createRandom(seed);
    const keys = [];
    let version = 1;
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(current.text.length * (0.45 + 0.1 * r.next()));
      const pos = positionAt(current.text, at);
      current.text = current.text.slice(0, at) + 'x' + current.text.slice(at);
      current.tokens = undefined;
      const t1 = performance.now();
      await lsp.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
      await pullDiagnostics(lsp, uri);
      keys.push(performance.now() - t1);
    }
    return { openMs, keys, diagnostics, peakRssMB: lsp.peakRssMB() };
  } finally {
    await lsp.stop();
  }
}
