import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../src/vscode/api';
import { extension, seedUri, waitFor, workspaceRoot } from './helpers';

const ARTICLE = '001_eb5c65e7f4da4a69.txt';

interface GitApiForTest {
  readonly repositories: readonly { readonly rootUri: vscode.Uri }[];
  openRepository(root: vscode.Uri): Promise<unknown>;
}

function git(...args: string[]): void {
  execFileSync('git', args, {
    cwd: workspaceRoot().fsPath,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Curator', GIT_AUTHOR_EMAIL: 'curator@example.invalid', GIT_COMMITTER_NAME: 'Curator', GIT_COMMITTER_EMAIL: 'curator@example.invalid' },
  });
}

async function lensTitles(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
}

async function rowWhere(predicate: (row: TreeSnapshot) => boolean, what: string): Promise<TreeSnapshot> {
  return waitFor(async () => (await extension().exports.metadataChangesTree(2)).find((row) => row.label === ARTICLE && predicate(row)), what);
}

describe('Reviewing metadata changes in git', () => {
  const uri = seedUri(ARTICLE);

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The version under review: the curator had rejected Женева, so it is not in `places`.
    await vscode.commands.executeCommand('corpusCurator.rejectTag', { uri: uri.toString(), kind: 'LOC', name: 'Женева' });
    // The decision format changed on 2026-11-30: `decisions`, one `{verb: KIND, name}` a line.
    assert.match(readFileSync(uri.fsPath, 'utf8'), /^ {2}decisions:\n {4}- \{reject: LOC, name: Женева\}$/mu);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'the corpus as reviewed');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the built-in git extension is active in the host and finds the repository', async () => {
    const gitExtension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApiForTest }>('vscode.git');
    assert.ok(gitExtension, 'vscode.git is installed');
    const api = (gitExtension.isActive ? gitExtension.exports : await gitExtension.activate()).getAPI(1);
    await api.openRepository(workspaceRoot());
    await waitFor(() => api.repositories.some((repository) => repository.rootUri.fsPath === workspaceRoot().fsPath), 'the repository');
    await vscode.commands.executeCommand('corpusCurator.metadataChanges.focus');
    const rows = await extension().exports.metadataChangesTree(1);
    assert.deepEqual(rows, [], 'nothing changed since the commit');
  });

  it('after an Accept, the Metadata Changes view lists the article and the added entity', async () => {
    await vscode.commands.executeCommand('corpusCurator.acceptTag', { uri: uri.toString(), kind: 'LOC', name: 'Женева' });
    assert.match(readFileSync(uri.fsPath, 'utf8'), /^ {2}- \{name: Женева, wikidata: Q71, forms: \[Женеве\], mentions: 1\}$/mu);
    const row = await rowWhere((found) => found.description.startsWith('+1 LOC'), 'the accepted entity in the view');
    assert.equal(row.description, '+1 LOC, 1 decision, 1 reversed');
    assert.deepEqual(row.children.map((child) => child.label), [
      '+ LOC Женева [Q71]',
      'decision: accepted LOC Женева',
      'decision reversed: rejected LOC Женева (now accepted)',
    ]);
  });

  it('choosing the article opens the diff editor with the changes as lenses; Revert This Change undoes one of them', async () => {
    await vscode.commands.executeCommand('corpusCurator.openMetadataChanges', uri);
    const tab = await waitFor(() => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff ? input : undefined;
    }, 'the diff editor');
    assert.equal(tab.modified.toString(), uri.toString());
    assert.equal(tab.original.scheme, 'git');
    const lenses = await waitFor(async () => {
      const found = await lensTitles(uri);
      return found.some((lens) => lens.command?.title === '+ LOC Женева [Q71]') ? found : undefined;
    }, 'the semantic lenses');
    assert.ok(lenses.some((lens) => lens.command?.title === 'Metadata changes since HEAD: +1 LOC, 1 decision, 1 reversed'));
    const entity = lenses.find((lens) => lens.command?.title === '+ LOC Женева [Q71]');
    assert.ok(entity);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.lineAt(entity.range.start.line).text, '  - {name: Женева, wikidata: Q71, forms: [Женеве], mentions: 1}');
    const revert = lenses.find((lens) => lens.command?.title === 'Revert This Change' && lens.range.start.line === entity.range.start.line);
    assert.ok(revert?.command);
    await vscode.commands.executeCommand(revert.command.command, ...((revert.command.arguments ?? []) as unknown[]));
    const onDisk = readFileSync(uri.fsPath, 'utf8');
    assert.ok(!onDisk.includes('{name: Женева'), 'the entity is gone from places');
    assert.match(onDisk, /^ {4}- \{accept: LOC, name: Женева\}$/mu, 'the decision stays');
    const row = await rowWhere((found) => !found.description.includes('LOC'), 'the view without the entity');
    assert.equal(row.description, '1 decision, 1 reversed');
  });
});
