// A throw-away code-server (VS Code 1.100 for the browser) with a fresh profile per run:
// a reused profile restores unsaved editors from the previous run, and the web build's default
// autosave would write quick fixes back into the fixtures.
import { createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil, runChecked, startGroup, stopGroup } from './proc.mjs';

const USER_SETTINGS = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'editor.hover.delay': 200,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
};

/**
 * Makes the temp root: ud/ (user data), ext/ (extensions), ws/ (a copy of the fixtures, so edits never
 * touch the repository), xdg/ and tmp/ (so neither code-server nor chromium writes into $HOME or /tmp).
 */
export async function makeTempRoot(fixturesDir, settings = {}) {
  const root = await mkdtemp(join(tmpdir(), 'tally-e2e-'));
  const dirs = {
    root,
    userData: join(root, 'ud'),
    extensions: join(root, 'ext'),
    workspace: join(root, 'ws'),
    tmp: join(root, 'tmp'),
  };
  for (const sub of ['ud/User', 'ext', 'tmp', 'xdg/data', 'xdg/config', 'xdg/cache']) {
    await mkdir(join(root, sub), { recursive: true });
  }
  await cp(fixturesDir, dirs.workspace, { recursive: true });
  await writeFile(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  await writeFile(join(root, 'config.yaml'), '');
  return dirs;
}

/** The environment every child gets: XDG_* and TMPDIR inside the temp root. */
export function isolatedEnv(root) {
  return {
    ...process.env,
    XDG_DATA_HOME: join(root, 'xdg', 'data'),
    XDG_CONFIG_HOME: join(root, 'xdg', 'config'),
    XDG_CACHE_HOME: join(root, 'xdg', 'cache'),
    XDG_RUNTIME_DIR: join(root, 'tmp'),
    TMPDIR: join(root, 'tmp'),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function installExtension(codeServerBin, dirs, vsixPath) {
  const { stdout } = await runChecked(
    codeServerBin,
    ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsixPath, '--force'],
    { env: isolatedEnv(dirs.root), timeoutMs: 120_000 },
  );
  if (!/successfully installed/i.test(stdout)) throw new Error(`install of ${vsixPath} did not report success:\n${stdout}`);
}

/**
 * Starts code-server on a free loopback port; resolves once /healthz answers. `locale` sets the display
 * language (code-server's --locale); `trust: true` leaves workspace trust on (the user settings must
 * enable it too), so the folder opens untrusted in Restricted Mode.
 */
export async function startCodeServer(codeServerBin, dirs, logPath, { locale, trust = false } = {}) {
  const port = await freePort();
  const logStream = createWriteStream(logPath);
  const args = [
    '--config', join(dirs.root, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    ...(locale ? ['--locale', locale] : []),
    '--disable-getting-started-override',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    dirs.workspace,
  ];
  const { child, exited } = startGroup(codeServerBin, args, { env: isolatedEnv(dirs.root), logStream });
  let exitCode;
  exited.then((code) => (exitCode = code));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child.pid);
    logStream.end();
  };
  try {
    await pollUntil('code-server /healthz', async () => {
      if (exitCode !== undefined) throw new Error(`code-server exited early (${exitCode}); see ${logPath}`);
      const response = await fetch(`${baseUrl}/healthz`);
      return response.ok;
    }, { timeoutMs: 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${baseUrl}/?folder=${encodeURIComponent(dirs.workspace)}`, stop };
}
