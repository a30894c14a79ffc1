import * as vscode from 'vscode';

export const SETTINGS_SECTION = 'corpusCurator';
export const DEFAULT_CORPUS_PATH = 'seeds';

export function corpusPathSetting(folder: vscode.WorkspaceFolder): string {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri).get<string>('corpusPath', DEFAULT_CORPUS_PATH);
}
