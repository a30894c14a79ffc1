// Launcher for machines with a VS Code build: given by path (VSCODE_EXECUTABLE) or downloaded
// by @vscode/test-electron. Runs the same integration entry as the offline launcher.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import type { LaunchOptions, LaunchOutcome } from './offline';
import { EXTENSION_ROOT, HOST_VSCODE_VERSION } from './paths';

export async function launchElectron(options: LaunchOptions): Promise<LaunchOutcome> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'corpus-curator-electron-'));
  const executable = process.env.VSCODE_EXECUTABLE;
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: HOST_VSCODE_VERSION }),
      extensionDevelopmentPath: EXTENSION_ROOT,
      extensionTestsPath: options.testsEntry,
      launchArgs: [options.workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userDataDir],
    }).catch(() => { /* a failing suite rejects; the results file tells the details */ });
    return existsSync(options.resultsFile) ? 'finished' : 'timed-out';
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
