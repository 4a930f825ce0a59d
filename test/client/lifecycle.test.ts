/**
 * The client's server lifecycle (client/src/lifecycle.ts): a failed write never shuts the client down,
 * a closed connection restarts the server up to the crash limit, and restarts are serialised so that
 * no stop races a start in flight.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTINUE,
  DO_NOT_RESTART,
  MAX_RESTARTS,
  RESTART,
  RESTART_WINDOW_MS,
  restartingErrorHandler,
  ServerLifecycle,
  type StartStop,
} from '../../client/src/lifecycle';

const ROOT = path.resolve(__dirname, '..', '..');

describe('restartingErrorHandler', () => {
  it('uses the values of vscode-languageclient’s ErrorAction and CloseAction', () => {
    const lib = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-languageclient', 'lib', 'common', 'client.js'), 'utf8');
    expect(lib).toContain(`ErrorAction[ErrorAction["Continue"] = ${CONTINUE}]`);
    expect(lib).toContain(`CloseAction[CloseAction["DoNotRestart"] = ${DO_NOT_RESTART}]`);
    expect(lib).toContain(`CloseAction[CloseAction["Restart"] = ${RESTART}]`);
  });

  it('continues after a write error without a count (the EPIPE of a server that just died)', async () => {
    const handler = restartingErrorHandler('Tally');
    for (let i = 0; i < 10; i++) expect(await handler.error(new Error('write EPIPE'), undefined, undefined)).toEqual({ action: CONTINUE, handled: true });
  });

  it('restarts after a crash, and gives up after more than MAX_RESTARTS crashes in three minutes', async () => {
    let now = 0;
    const handler = restartingErrorHandler('Tally', () => now);
    for (let i = 0; i < MAX_RESTARTS; i++) expect((await handler.closed()).action).toBe(RESTART);
    const last = await handler.closed();
    expect(last.action).toBe(DO_NOT_RESTART);
    expect(last.message).toContain('will not be restarted');
    now += RESTART_WINDOW_MS + 1;
    expect((await handler.closed()).action).toBe(RESTART);
  });
});

/** A client whose start and stop take time and record what ran, rejecting a stop while not running as the real one does. */
function fakeClient(opts: { stopFails?: boolean } = {}) {
  const log: string[] = [];
  let state: 'stopped' | 'starting' | 'running' | 'stopping' = 'stopped';
  const tick = () => new Promise((r) => setTimeout(r, 5));
  const client: StartStop = {
    isRunning: () => state === 'running',
    async start() {
      if (state !== 'stopped') throw new Error(`start while ${state}`);
      state = 'starting';
      log.push('start');
      await tick();
      state = 'running';
      log.push('started');
    },
    async stop() {
      if (state !== 'running') throw new Error(`Client is not running and can't be stopped. It's current state is: ${state}`);
      state = 'stopping';
      log.push('stop');
      await tick();
      state = 'stopped';
      if (opts.stopFails) throw new Error('Stopping the server timed out');
      log.push('stopped');
    },
  };
  return { client, log };
}

describe('ServerLifecycle', () => {
  it('waits for a start in flight before it stops the server', async () => {
    const { client, log } = fakeClient();
    const lifecycle = new ServerLifecycle(client);
    const started = lifecycle.start();
    await lifecycle.restart();
    await started;
    expect(log).toEqual(['start', 'started', 'stop', 'stopped', 'start', 'started']);
  });

  it('joins a restart already under way', async () => {
    const { client, log } = fakeClient();
    const lifecycle = new ServerLifecycle(client);
    await lifecycle.start();
    await Promise.all([lifecycle.restart(), lifecycle.restart(), lifecycle.restart()]);
    expect(log).toEqual(['start', 'started', 'stop', 'stopped', 'start', 'started']);
    await lifecycle.restart();
    expect(log.filter((e) => e === 'start')).toHaveLength(3);
  });

  it('starts the new server even when stopping the old one timed out', async () => {
    const { client, log } = fakeClient({ stopFails: true });
    const messages: string[] = [];
    const lifecycle = new ServerLifecycle(client, (m) => messages.push(m));
    await lifecycle.start();
    await lifecycle.restart();
    expect(log).toEqual(['start', 'started', 'stop', 'start', 'started']);
    expect(client.isRunning()).toBe(true);
    expect(messages[0]).toContain('timed out');
  });

  it('settles after the start and any restart', async () => {
    const { client } = fakeClient();
    const lifecycle = new ServerLifecycle(client);
    void lifecycle.start();
    void lifecycle.restart();
    await lifecycle.settled();
    expect(client.isRunning()).toBe(true);
  });
});
