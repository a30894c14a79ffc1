import * as vscode from 'vscode';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../core/corpus/articleBytes';

export const SETTINGS_SECTION = 'corpusCurator';
export const DEFAULT_CORPUS_PATH = 'seeds';

export function corpusPathSetting(folder: vscode.WorkspaceFolder): string {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri).get<string>('corpusPath', DEFAULT_CORPUS_PATH);
}

/** Whether the user lets the corpus lie outside the workspace: read from the user's settings only, whatever a workspace says. */
export function allowCorpusOutsideWorkspace(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<boolean>('allowCorpusOutsideWorkspace')?.globalValue === true;
}

/** The size limit of an article in bytes (`corpusCurator.maxArticleSize`, in megabytes). */
export function maxArticleBytes(scope?: vscode.Uri): number {
  const megabytes = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<number>('maxArticleSize', DEFAULT_MAX_ARTICLE_BYTES / 2 ** 20);
  return Number.isFinite(megabytes) && megabytes > 0 ? Math.floor(megabytes * 2 ** 20) : DEFAULT_MAX_ARTICLE_BYTES;
}
