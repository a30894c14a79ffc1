import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import { isArticlePath } from '../core/corpus/articleFiles';
import { isInside, resolveCorpusRoot } from '../core/corpus/corpusRoot';
import { corpusPathSetting, SETTINGS_SECTION } from './settings';

const HAS_CORPUS_CONTEXT_KEY = 'corpusCurator.hasCorpus';

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

/** Knows where the corpus of each workspace folder is and tells when that changes. */
export class CorpusLocator implements vscode.Disposable {
  private roots: vscode.Uri[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeRoots = this.changed.event;
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.refresh(); }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.corpusPath`)) this.refresh();
      }),
    );
    this.refresh();
  }

  get corpusRoots(): readonly vscode.Uri[] {
    return this.roots;
  }

  /** The corpus root holding `uri`, when `uri` is an article of the corpus. */
  rootOfArticle(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme !== 'file' || !isArticlePath(uri.fsPath)) return undefined;
    return this.roots.find((root) => isInside(root.fsPath, uri.fsPath));
  }

  refresh(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.roots = folders
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => resolveCorpusRoot(folder.uri.fsPath, corpusPathSetting(folder), isDirectory))
      .filter((root): root is string => root !== undefined)
      .map((root) => vscode.Uri.file(root));
    void vscode.commands.executeCommand('setContext', HAS_CORPUS_CONTEXT_KEY, this.roots.length > 0);
    this.changed.fire();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
