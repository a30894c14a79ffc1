import type * as vscode from 'vscode';

/** What `activate` returns: read-only views on the extension's state, for tests and other extensions. */
export interface CorpusCuratorApi {
  readonly corpusRoots: () => readonly vscode.Uri[];
  readonly listArticles: () => Promise<vscode.Uri[]>;
}
