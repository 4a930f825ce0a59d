/**
 * The npm `bin` entries (`bin/tally.js`, `bin/tally-ls.js`) as users run them after `npm install -g`
 * or `npx tally`: they load the bundles with `require`, which once made `tally check` print nothing
 * and exit 0 (the bundle only started itself when it was the main module).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, workspace } from './helpers';

const BIN = path.join(ROOT, 'bin', 'tally.js');
const LS_BIN = path.join(ROOT, 'bin', 'tally-ls.js');

function runBin(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TALLY_LOCALE: '' }, timeout: 60_000 });
}

describe('bin/tally.js', () => {
  it('checks a draft and exits 1 on an error finding, like dist/cli.js', () => {
    const dir = workspace({ 'draft.md': '# Notes\n\nThe lab made $30 million, up 50% from $10 million a year before.\n' });
    const r = runBin(['check', 'draft.md'], dir);
    expect(r.stdout).toContain('draft.md:3');
    expect(r.stdout).toContain('arith.growth');
    expect(r.status).toBe(1);
  });

  it('prints its version', () => {
    const r = runBin(['--version'], ROOT);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.status).toBe(0);
  });
});

describe('bin/tally-ls.js', () => {
  it('answers an LSP initialize request over stdio', async () => {
    const child = spawn(process.execPath, [LS_BIN], { stdio: ['pipe', 'pipe', 'ignore'] });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no initialize result; got: ${out.slice(0, 200)}`)), 20_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.includes('"capabilities"')) {
          clearTimeout(timer);
          resolve(out);
        }
      });
    }).finally(() => child.kill());
    expect(reply).toContain('"hoverProvider":true');
  });
});
