import * as path from 'node:path';
import * as vscode from 'vscode';
import { whenTrusted } from '../../common/trust';
import type { CorpusLocator } from '../../services/corpusLocator';
import { SETTINGS_SECTION } from '../../common/settings';

/** Lets the curator pick the corpus folder; the choice is stored in the workspace settings. */
export function registerChooseCorpusFolder(): vscode.Disposable {
  return vscode.commands.registerCommand('corpusCurator.chooseCorpusFolder', whenTrusted(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      ...(folder ? { defaultUri: folder.uri } : {}),
      openLabel: vscode.l10n.t('Use as Corpus'),
    });
    const chosen = picked?.[0];
    if (!chosen) return;
    const owner = vscode.workspace.getWorkspaceFolder(chosen);
    const value = owner ? path.relative(owner.uri.fsPath, chosen.fsPath) || '.' : chosen.fsPath;
    await vscode.workspace.getConfiguration(SETTINGS_SECTION, owner?.uri)
      .update('corpusPath', value, owner ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace);
  }));
}

export function registerRevealCorpusFolder(locator: CorpusLocator): vscode.Disposable {
  return vscode.commands.registerCommand('corpusCurator.revealCorpusFolder', async () => {
    const root = locator.corpusRoots[0];
    if (!root) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This workspace has no corpus folder.'));
      return;
    }
    await vscode.commands.executeCommand('revealInExplorer', root);
  });
}

/** Creates a corpus folder in the workspace and makes it the corpus. */
export function registerCreateCorpusFolder(): vscode.Disposable {
  return vscode.commands.registerCommand('corpusCurator.createCorpusFolder', whenTrusted(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the corpus lives inside the workspace.'));
      return;
    }
    const name = await vscode.window.showInputBox({ value: 'corpus', prompt: vscode.l10n.t('Name of the corpus folder, inside the workspace'), validateInput: (value) => (/^[^\\/:*?"<>|]+$/u.test(value.trim()) ? undefined : vscode.l10n.t('A folder name, without slashes')) });
    if (!name) return;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, name.trim()));
    await vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri).update('corpusPath', name.trim(), vscode.ConfigurationTarget.WorkspaceFolder);
  }));
}
