// Runs the integration suite inside a real VS Code extension host and prints its results.
//   node out/test/launch/run.js [--launcher offline|electron] [--screenshot FILE] [--timeout SECONDS] [--summary FILE]
// The launcher is `electron` when VSCODE_EXECUTABLE names a VS Code build, otherwise `offline`.
// Exits 1 when a test failed, the host did not report in time, or no test ran.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { INTEGRATION_RESULTS_FILE, type IntegrationResults, SCREENSHOT_DONE_FILE, SCREENSHOT_REQUEST_FILE } from '../integration/results';
import { launchElectron } from './electron';
import { launchOffline } from './offline';
import { EXTENSION_ROOT } from './paths';

const { values } = parseArgs({
  options: {
    launcher: { type: 'string', default: process.env.CORPUS_CURATOR_LAUNCHER ?? (process.env.VSCODE_EXECUTABLE ? 'electron' : 'offline') },
    screenshot: { type: 'string', default: process.env.CORPUS_CURATOR_SCREENSHOT },
    timeout: { type: 'string', default: '300' },
    summary: { type: 'string' },
  },
});

/** The suite runs on a fresh copy of seeds/ (named seeds, opened as the workspace) so tests may write to it. */
function prepareWorkspace(): string {
  const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-curator-ws-')), 'seeds');
  cpSync(path.join(EXTENSION_ROOT, 'seeds'), workspace, { recursive: true });
  return workspace;
}

function printResults(results: IntegrationResults, launcher: string): void {
  console.log(`\n  Integration suite inside VS Code ${results.vscodeVersion} (${launcher} launcher)\n`);
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✖' : '-';
    console.log(`    ${mark} ${test.title}${test.state === 'passed' ? ` (${test.durationMs} ms)` : ''}`);
    if (test.error) console.log(test.error.split('\n').map((line) => `        ${line}`).join('\n'));
  }
  console.log(`\n  ${results.passed} passing, ${results.failed} failing, ${results.pending} pending`);
}

async function main(): Promise<number> {
  const launcher = values.launcher === 'electron' ? 'electron' : 'offline';
  const resultsFile = INTEGRATION_RESULTS_FILE(EXTENSION_ROOT);
  for (const stale of [resultsFile, SCREENSHOT_REQUEST_FILE(EXTENSION_ROOT), SCREENSHOT_DONE_FILE(EXTENSION_ROOT)]) rmSync(stale, { force: true });
  if (values.screenshot && launcher === 'offline') {
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(SCREENSHOT_REQUEST_FILE(EXTENSION_ROOT), path.basename(values.screenshot)); // the file name picks the scene
  }
  const workspace = prepareWorkspace();
  const options = {
    workspace,
    testsEntry: path.join(EXTENSION_ROOT, 'out', 'test', 'integration', 'index'),
    resultsFile,
    timeoutMs: Number(values.timeout) * 1000,
    screenshot: values.screenshot ? path.resolve(values.screenshot) : undefined,
  };
  const outcome = await (launcher === 'electron' ? launchElectron(options) : launchOffline(options));
  rmSync(path.dirname(workspace), { recursive: true, force: true });

  let results: IntegrationResults = { passed: 0, failed: 0, pending: 0, vscodeVersion: 'unknown', tests: [] };
  let failure: string | undefined;
  if (outcome === 'timed-out') {
    failure = `the VS Code host did not report results within ${values.timeout} s (logs in .vscode-test/logs/)`;
  } else {
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as IntegrationResults;
    printResults(results, launcher);
    if (results.passed + results.failed === 0) failure = 'zero integration tests ran';
    else if (results.pending > 0) failure = `${results.pending} integration test(s) were skipped; skipped tests do not count as passing`;
  }
  if (failure) console.error(`\n✖ integration: ${failure}`);
  if (values.summary) {
    mkdirSync(path.dirname(values.summary), { recursive: true });
    writeFileSync(values.summary, JSON.stringify({ passed: results.passed, failed: results.failed, error: failure ?? null }));
  }
  return failure !== undefined || results.failed > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`✖ integration launcher: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
