// Launcher for machines without a downloadable VS Code: the real VS Code server and workbench
// from code-server, opened in headless Debian Chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { SCREENSHOT_DONE_FILE } from '../integration/results';
import { ensureHostInstalled, startCodeServer, workbenchUrl } from './codeServer';
import { CHROMIUM_PATH, EXTENSION_ROOT } from './paths';

export interface LaunchOptions {
  workspace: string;
  testsEntry: string;
  resultsFile: string;
  timeoutMs: number;
  screenshot?: string | undefined;
}

export type LaunchOutcome = 'finished' | 'timed-out';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

async function waitForFile(file: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

export async function launchOffline(options: LaunchOptions): Promise<LaunchOutcome> {
  ensureHostInstalled();
  const scratch = mkdtempSync(path.join(tmpdir(), 'corpus-curator-host-'));
  const logDir = path.join(EXTENSION_ROOT, '.vscode-test', 'logs');
  mkdirSync(logDir, { recursive: true });
  const server = await startCodeServer({
    userDataDir: path.join(scratch, 'user-data'),
    extensionsDir: path.join(scratch, 'extensions'),
    logFile: path.join(logDir, 'code-server.log'),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const consoleLines: string[] = [];
  try {
    // A screenshot is taken on a wider screen, where the Articles view shows whole rows beside the editor.
    const page = await browser.newPage({ viewport: options.screenshot ? { width: 1920, height: 1080 } : { width: 1440, height: 900 } });
    page.on('console', (message) => { consoleLines.push(`[${message.type()}] ${message.text()}`); });
    page.on('pageerror', (error) => { consoleLines.push(`[pageerror] ${error.message}`); });
    await page.goto(workbenchUrl(server, options.workspace, EXTENSION_ROOT, options.testsEntry));
    const finished = await waitForFile(options.resultsFile, options.timeoutMs);
    if (finished && options.screenshot) {
      // The suite holds the host open (see test/integration/index.ts) until this file appears.
      await page.waitForTimeout(2500);
      mkdirSync(path.dirname(options.screenshot), { recursive: true });
      await page.screenshot({ path: options.screenshot });
      writeFileSync(SCREENSHOT_DONE_FILE(EXTENSION_ROOT), '');
      console.log(`screenshot: ${path.relative(process.cwd(), options.screenshot)}`);
    }
    return finished ? 'finished' : 'timed-out';
  } finally {
    writeFileSync(path.join(logDir, 'workbench-console.log'), consoleLines.join('\n'));
    await browser.close();
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
