// The integration suite's entry, loaded by the VS Code extension host (both launchers):
// runs mocha there with the real `vscode` API and writes the results where the launcher waits.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { showEntitiesScene } from './entitiesScreenshot';
import { showMetadataChangesScene } from './reviewScreenshot';
import { INTEGRATION_RESULTS_FILE, type IntegrationResults, SCREENSHOT_DONE_FILE, SCREENSHOT_REQUEST_FILE } from './results';

const EXTENSION_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The host shuts down when run() returns, so a requested screenshot is taken before that. */
async function holdForScreenshot(): Promise<void> {
  if (!existsSync(SCREENSHOT_REQUEST_FILE(EXTENSION_ROOT))) return;
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  const scene = readFileSync(SCREENSHOT_REQUEST_FILE(EXTENSION_ROOT), 'utf8');
  if (workspaceFolder && scene.includes('metadata-changes')) {
    await showMetadataChangesScene(workspaceFolder.uri);
    await waitForScreenshot();
    return;
  }
  if (workspaceFolder && scene.includes('entities')) {
    await showEntitiesScene(workspaceFolder.uri);
    await waitForScreenshot();
    return;
  }
  await vscode.commands.executeCommand('workbench.view.extension.corpusCurator');
  await vscode.commands.executeCommand('corpusCurator.groupArticlesBy', 'language');
  // The review queue's order: in each language, the article with most pending tags first.
  await vscode.commands.executeCommand('corpusCurator.sortArticlesBy', 'pending');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const article = vscode.Uri.joinPath(folder.uri, '003_c55b704b24c84185.txt');
    const editor = await vscode.window.showTextDocument(article).then((shown) => shown, () => undefined);
    if (editor) {
      // Show the body, where the tag lenses are, rather than the front matter above it.
      const closing = [...Array(editor.document.lineCount).keys()].filter((line) => editor.document.lineAt(line).text === '---')[1] ?? 0;
      const body = new vscode.Range(closing + 1, 0, closing + 1, 0);
      editor.selection = new vscode.Selection(body.start, body.start);
      editor.revealRange(body, vscode.TextEditorRevealType.AtTop);
      // Earlier tests opened this article already, so it is folded here as on a first opening.
      await vscode.commands.executeCommand('editor.fold', { selectionLines: [0], levels: 1 });
    }
  }
  // Wide enough for whole rows: the longest title and its description (`ru · — · draft · 46 pending`).
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  for (let step = 0; step < 12; step++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
  await waitForScreenshot();
}

async function waitForScreenshot(): Promise<void> {
  await vscode.commands.executeCommand('notifications.clearAll');
  const deadline = Date.now() + 60_000;
  while (!existsSync(SCREENSHOT_DONE_FILE(EXTENSION_ROOT)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function run(): Promise<void> {
  // Each suite tags as the shipped model does: the workspace model's suite turns learning on for itself.
  await vscode.workspace.getConfiguration('corpusCurator').update('learning.automatic', false, vscode.ConfigurationTarget.Global);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const results: IntegrationResults = { passed: 0, failed: 0, pending: 0, tests: [], vscodeVersion: '' };
  results.vscodeVersion = vscode.version;
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => { resolve(); });
    runner.on('pass', (test) => { results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }); });
    runner.on('fail', (test, error: Error) => {
      results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message });
    });
    runner.on('pending', (test) => { results.tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 }); });
  });
  results.passed = results.tests.filter((test) => test.state === 'passed').length;
  results.failed = results.tests.filter((test) => test.state === 'failed').length;
  results.pending = results.tests.filter((test) => test.state === 'pending').length;

  const file = INTEGRATION_RESULTS_FILE(EXTENSION_ROOT);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2));
  await holdForScreenshot();
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}
