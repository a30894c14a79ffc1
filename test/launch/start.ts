// `npm start`: opens the extension on seeds/ in a real VS Code: the desktop `code` when it is
// installed, otherwise VS Code's own server and web workbench at a printed 127.0.0.1 address.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureHostInstalled, startCodeServer, workbenchUrl } from './codeServer';
import { EXTENSION_ROOT } from './paths';

const { values } = parseArgs({ options: { port: { type: 'string' }, browser: { type: 'boolean', default: false } } });
const seeds = path.join(EXTENSION_ROOT, 'seeds');

async function main(): Promise<void> {
  const desktop = spawnSync('code', ['--version'], { stdio: 'ignore' });
  if (!values.browser && desktop.status === 0 && (process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY)) {
    console.log('Opening seeds/ in the desktop VS Code with Corpus Curator under development…');
    spawn('code', ['--new-window', `--extensionDevelopmentPath=${EXTENSION_ROOT}`, seeds], { stdio: 'inherit' });
    return;
  }
  ensureHostInstalled();
  const state = path.join(EXTENSION_ROOT, '.vscode-test', 'start');
  const server = await startCodeServer({
    userDataDir: path.join(state, 'user-data'),
    extensionsDir: path.join(state, 'extensions'),
    logFile: path.join(EXTENSION_ROOT, '.vscode-test', 'logs', 'start.log'),
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  console.log('\nCorpus Curator is running in VS Code (web workbench, served on this machine only):\n');
  console.log(`  ${workbenchUrl(server, seeds, EXTENSION_ROOT)}\n`);
  console.log('Open that address in a browser. Press Ctrl+C to stop.');
  const stop = (): void => { server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code) => { console.log(`VS Code server exited (${code ?? 'signal'})`); process.exit(code ?? 0); });
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
