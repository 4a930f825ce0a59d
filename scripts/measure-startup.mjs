#!/usr/bin/env node
// Measures what a user waits for when an editor starts Tally: milliseconds from spawning the built
// language server (dist/server.js --stdio) to the answer of the first `textDocument/diagnostic` request
// for a one-paragraph draft. Each run is a fresh process; the figure is the median of 5 (`--runs N`).
// `--server path/to/server.js` measures another build, e.g. one without dist/facts.snapshot.json.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const serverJs = path.resolve(argValue('--server', path.join(root, 'dist', 'server.js')));
const runs = Number(argValue('--runs', '5'));

/** CPU time (user + system) the process has used so far, from /proc on Linux; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

// One paragraph with a figure the fact base contradicts, so the answer proves the facts were loaded.
const DRAFT =
  "OpenAI's annualized revenue reached $2.6 billion in December 2023, according to The Information, " +
  'and Nvidia reported data-center revenue of $47.5 billion for fiscal 2024, up 217% from a year earlier.\n';

async function once() {
  const workspace = path.join(root, 'examples');
  const uri = pathToFileURL(path.join(workspace, 'startup-draft.md')).href;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'examples' }],
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { ms, cpu: cpuMs(child.pid), items: report.items.length };
  } catch (error) {
    throw new Error(`${String(error)}\n${stderr.join('')}`);
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    child.kill();
  }
}

const samples = [];
for (let i = 0; i < runs; i++) samples.push(await once());
const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = samples.map((s) => s.ms);
console.log(`server: ${path.relative(root, serverJs) || serverJs}`);
console.log(`spawn -> first diagnostics (${samples[0].items} items): ${[...wall].sort((a, b) => a - b).map((ms) => ms.toFixed(0)).join(', ')} ms`);
console.log(`median of ${runs}: ${medianOf(wall).toFixed(0)} ms`);
// Wall time depends on what else the machine is doing; the server's own CPU time much less so.
if (samples.every((s) => s.cpu !== undefined)) console.log(`server CPU time, median: ${medianOf(samples.map((s) => s.cpu)).toFixed(0)} ms`);
