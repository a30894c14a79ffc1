import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { extension, waitFor, workspaceRoot } from './helpers';

async function article(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

describe('Refactor preview for front matter', () => {
  const texts = new Map<string, string>([
    ['zz_preview_a.txt', 'Заголовок первой статьи о правах\n\nТекст первой статьи.\n'],
    ['zz_preview_b.txt', 'Заголовок второй статьи о правах\n\nТекст второй статьи.\n'],
  ]);
  let uris: vscode.Uri[] = [];

  before(async () => {
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'auto', vscode.ConfigurationTarget.Workspace);
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    uris = await Promise.all([...texts].map(([name, text]) => article(name, text)));
    // The preview refuses edits to files whose change events are still arriving (a conflict
    // guard), so the new files settle first: seen by the Articles view, then a watcher's pause.
    await waitFor(async () => {
      const listed = (await extension().exports.listArticles()).map((uri) => uri.toString());
      return uris.every((uri) => listed.includes(uri.toString()));
    }, 'the new articles in the Articles view');
    await new Promise((resolve) => setTimeout(resolve, 1500));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of uris) await vscode.workspace.fs.delete(uri);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  async function writeSelected(): Promise<unknown> {
    const items = uris.map((uri) => ({ uri, root: workspaceRoot() }));
    return vscode.commands.executeCommand('corpusCurator.writeFrontMatterSelected', items[0], items);
  }

  it('writes every article when the curator applies the preview', async () => {
    const running = writeSelected();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(readFileSync(uris[0]?.fsPath ?? '', 'utf8'), texts.get('zz_preview_a.txt'), 'still waiting for the curator');
    let settled = false;
    void running.then(() => { settled = true; });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(settled, false, 'the command waits for the curator');
    // As a curator does: entries that need confirmation start unticked; tick the group, then Apply.
    await vscode.commands.executeCommand('refactorPreview.focus');
    await vscode.commands.executeCommand('list.focusFirst'); // the first article
    await vscode.commands.executeCommand('refactorPreview.toggleCheckedState');
    await vscode.commands.executeCommand('list.focusLast'); // the second article's edit
    await vscode.commands.executeCommand('refactorPreview.toggleCheckedState');
    await vscode.commands.executeCommand('refactorPreview.apply');
    await running;
    await waitFor(() => uris.every((uri) => readFileSync(uri.fsPath, 'utf8').startsWith('---\n')), 'both articles written');
    for (const uri of uris) assert.ok(readFileSync(uri.fsPath, 'utf8').endsWith(texts.get(uri.path.split('/').pop() ?? '') ?? '<missing>'));
  });

  it('shows the edits of several articles for review and writes nothing when they are discarded', async () => {
    const running = writeSelected();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const uri of uris) assert.equal(readFileSync(uri.fsPath, 'utf8'), texts.get(uri.path.split('/').pop() ?? ''), 'nothing written while the preview waits');
    await vscode.commands.executeCommand('refactorPreview.discard');
    await running;
    for (const uri of uris) assert.equal(readFileSync(uri.fsPath, 'utf8'), texts.get(uri.path.split('/').pop() ?? ''));
  });

  it('leaves no problems behind on articles that were deleted', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stale = vscode.languages.getDiagnostics()
      .filter(([uri, diagnostics]) => diagnostics.some((d) => d.source === 'Corpus Curator') && !existsSync(uri.fsPath))
      .map(([uri]) => uri.fsPath);
    assert.deepEqual(stale, []);
  });
});
