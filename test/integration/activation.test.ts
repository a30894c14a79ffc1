import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, waitFor, workspaceRoot } from './helpers';

interface ContributedCommand { command: string; category?: string }

describe('Extension on the seeds workspace', () => {
  it('opens the seeds folder as the workspace', () => {
    assert.equal(path.basename(workspaceRoot().fsPath), 'seeds');
  });

  it('activates by itself when the Corpus view container is shown', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.corpusCurator');
    await waitFor(() => extension().isActive, 'the extension to activate');
    assert.equal(extension().isActive, true);
  });

  it('finds the corpus in the workspace and lists the five seed articles in the Articles view', async () => {
    const api = extension().exports;
    assert.deepEqual(api.corpusRoots().map((root) => root.fsPath), [workspaceRoot().fsPath]);
    const names = (await api.listArticles()).map((uri) => path.basename(uri.fsPath));
    assert.deepEqual(names, [
      '000_a37ffc7efebda23c.txt', '001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt',
      '003_c55b704b24c84185.txt', '004_df8d99c26602f3bf.txt',
    ]);
  });

  it('registers its view container, view and every contributed command under one category', async () => {
    const manifest = extension().packageJSON as {
      contributes: { commands: ContributedCommand[]; viewsContainers: { activitybar: { id: string }[] } };
    };
    assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((container) => container.id), ['corpusCurator']);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('workbench.view.extension.corpusCurator'), 'view container command');
    assert.ok(registered.has('corpusCurator.articles.focus'), 'Articles view focus command');
    const contributed = manifest.contributes.commands;
    assert.ok(contributed.length >= 3);
    for (const { command, category } of contributed) {
      assert.ok(registered.has(command), `${command} is registered`);
      // The host hands extensions their manifest with package.nls.json already applied.
      assert.equal(category, 'Corpus Curator', `${command} is in the Corpus Curator category`);
    }
  });

  it('keeps the Articles view true when an article file is created or deleted', async () => {
    const api = extension().exports;
    const created = vscode.Uri.joinPath(workspaceRoot(), 'zz_new_article.txt');
    await vscode.workspace.fs.writeFile(created, Buffer.from('Жаңа мақала.\n', 'utf8'));
    try {
      await waitFor(async () => (await api.listArticles()).some((uri) => uri.fsPath === created.fsPath), 'the new article');
    } finally {
      await vscode.workspace.fs.delete(created);
    }
    await waitFor(async () => !(await api.listArticles()).some((uri) => uri.fsPath === created.fsPath), 'the deleted article to go');
  });
});
