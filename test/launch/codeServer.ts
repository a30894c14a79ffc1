// Starts VS Code's server and web workbench (as bundled in code-server) on 127.0.0.1 only.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { codeServerEntry, EXTENSION_ROOT } from './paths';

export interface RunningCodeServer {
  readonly port: number;
  readonly baseUrl: string;
  readonly process: ChildProcess;
  stop(): void;
}

/** Installs the host into its cache when it is not there yet (scripts/install-host.sh is idempotent). */
export function ensureHostInstalled(): void {
  if (existsSync(codeServerEntry())) return;
  const install = spawnSync('bash', [path.join(EXTENSION_ROOT, 'scripts', 'install-host.sh')], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(codeServerEntry())) {
    throw new Error('the offline VS Code host could not be installed (see the messages above)');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => { resolve(typeof address === 'object' && address ? address.port : 0); });
    });
  });
}

/** User settings for a quiet, reproducible workbench: no welcome page, no tips, no telemetry. */
function writeUserSettings(userDataDir: string): void {
  const settingsDir = path.join(userDataDir, 'User');
  mkdirSync(settingsDir, { recursive: true });
  writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
  }, null, 2));
}

export async function startCodeServer(options: { userDataDir: string; extensionsDir: string; logFile: string; port?: number }): Promise<RunningCodeServer> {
  const port = options.port ?? await freePort();
  writeUserSettings(options.userDataDir);
  mkdirSync(options.extensionsDir, { recursive: true });
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const child = spawn(process.execPath, [
    codeServerEntry(),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_CLI: undefined } });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  };
  await waitForHealth(baseUrl, child, 90_000).catch((error: unknown) => { stop(); throw error; });
  return { port, baseUrl, process: child, stop };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
}

/** The workbench URL that opens `folder` with the extension under development (and, optionally, the tests). */
export function workbenchUrl(server: RunningCodeServer, folder: string, extensionRoot: string, testsEntry?: string): string {
  const remote = (file: string): string => `vscode-remote://127.0.0.1:${server.port}${file}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(extensionRoot)]];
  if (testsEntry) payload.push(['extensionTestsPath', remote(testsEntry)]);
  return `${server.baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
