import * as vscode from 'vscode';

// The parts of the built-in git extension's API (`vscode.git`, version 1) that the review uses.

/** Values of the git extension's `Status` enum that the review tells apart. */
export const GitStatus = { INDEX_ADDED: 1, INDEX_DELETED: 2, DELETED: 6, UNTRACKED: 7 } as const;

export interface GitChange {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri;
  readonly status: number;
}

export interface GitRepositoryState {
  readonly HEAD: { readonly name?: string; readonly commit?: string } | undefined;
  readonly workingTreeChanges: readonly GitChange[];
  readonly indexChanges: readonly GitChange[];
  readonly untrackedChanges?: readonly GitChange[];
  readonly onDidChange: vscode.Event<void>;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: GitRepositoryState;
  buffer(ref: string, path: string): Promise<Buffer>;
  diffWithHEAD(): Promise<GitChange[]>;
  diffWith(ref: string): Promise<GitChange[]>;
  diffIndexWithHEAD(): Promise<GitChange[]>;
  status(): Promise<void>;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}

interface GitExtensionExports {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** The git extension's API once it is initialised, or undefined when the extension is absent or disabled. */
export async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports.enabled) return undefined;
  const api = exports.getAPI(1);
  if (api.state === 'initialized') return api;
  return new Promise((resolve) => {
    const listener = api.onDidChangeState((state) => {
      if (state === 'initialized') { listener.dispose(); resolve(api); }
    });
  });
}
