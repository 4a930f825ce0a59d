// Child processes for the harness: every long-lived child gets its own process group so that
// stopping it also stops what it spawned (code-server's file watchers, the extension host, the LSP
// server). Nothing here sleeps a fixed time: waits poll a condition with a deadline.
import { spawn } from 'node:child_process';

/** Process groups started by startGroup and not yet stopped, killed if the harness is interrupted. */
const liveGroups = new Set();

/** On Ctrl+C or SIGTERM, kill every group still running (they are detached and would outlive us). */
export function killGroupsOnInterrupt() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
      console.error(`\ninterrupted (${signal}): stopped ${liveGroups.size} process group(s)`);
      process.exit(130);
    });
  }
}

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes; returns that value. */
export async function pollUntil(what, probe, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Reads a value repeatedly until `accept(value)` holds; on timeout the error shows the last value read,
 * which is what a person debugging a failed run needs to see.
 */
export async function waitForValue(what, read, accept, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let value;
  for (;;) {
    value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      const shown = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${shown}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Starts a detached child (leader of a new process group). Output goes to `logStream`.
 * Returns { child, exited } where `exited` resolves with the exit code.
 */
export function startGroup(command, args, { cwd, env, logStream }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) liveGroups.add(child.pid);
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal));
    child.on('error', (error) => resolve(`spawn error: ${error.message}`));
  });
  return { child, exited };
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}

function groupAlive(pid) {
  return signalGroup(pid, 0);
}

/** SIGTERM to the whole group, then SIGKILL if anything of it is still alive after `graceMs`. */
export async function stopGroup(pid, graceMs = 5_000) {
  liveGroups.delete(pid);
  if (!pid || !signalGroup(pid, 'SIGTERM')) return;
  try {
    await pollUntil('process group to exit', () => !groupAlive(pid), { timeoutMs: graceMs, intervalMs: 50 });
  } catch {
    signalGroup(pid, 'SIGKILL');
  }
}

/**
 * Runs a command to completion in its own process group, killing the group after `timeoutMs`.
 * Resolves with { code, stdout, stderr }; never rejects on a non-zero exit (callers decide).
 */
export function runCommand(command, args, { cwd, env, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid) liveGroups.add(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      signalGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      liveGroups.delete(child.pid);
      // Anything the command left behind in its group goes with it.
      signalGroup(child.pid, 'SIGKILL');
      if (timedOut) code = `killed after ${timeoutMs} ms`;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Like runCommand, but throws with the tail of the output when the exit code is not 0. */
export async function runChecked(command, args, options) {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    const tail = (result.stdout + result.stderr).trim().split('\n').slice(-25).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.code}:\n${tail}`);
  }
  return result;
}
