import { realpathSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import { isArticlePath } from '../../core/corpus/articleFiles';
import { corpusPathLeavesWorkspace, type CorpusRootOptions, isInside, resolveCorpusRoot } from '../../core/corpus/corpusRoot';
import { allowCorpusOutsideWorkspace, corpusPathSetting, SETTINGS_SECTION } from '../common/settings';

const HAS_CORPUS_CONTEXT_KEY = 'corpusCurator.hasCorpus';

function realPath(candidate: string): string {
  try {
    return realpathSync(candidate);
  } catch {
    return candidate;
  }
}

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
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.corpusPath`) || event.affectsConfiguration(`${SETTINGS_SECTION}.allowCorpusOutsideWorkspace`)) this.refresh();
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

  private readonly warned = new Set<string>();

  refresh(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const options: CorpusRootOptions = { allowOutsideWorkspace: allowCorpusOutsideWorkspace(), realPath };
    for (const folder of folders) this.warnWhenOutside(folder, options);
    this.roots = folders
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => resolveCorpusRoot(folder.uri.fsPath, corpusPathSetting(folder), isDirectory, options))
      .filter((root): root is string => root !== undefined)
      .map((root) => vscode.Uri.file(root));
    void vscode.commands.executeCommand('setContext', HAS_CORPUS_CONTEXT_KEY, this.roots.length > 0);
    this.changed.fire();
  }

  /** A corpus path that leads out of the workspace is ignored; say so once per setting. */
  private warnWhenOutside(folder: vscode.WorkspaceFolder, options: CorpusRootOptions): void {
    const setting = corpusPathSetting(folder);
    if (folder.uri.scheme !== 'file' || !corpusPathLeavesWorkspace(folder.uri.fsPath, setting, isDirectory, options)) return;
    const key = `${folder.uri.toString()}\u0000${setting}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window.showWarningMessage(vscode.l10n.t(
      'The corpus folder "{0}" lies outside the workspace folder {1} and is ignored. To use it, turn on Corpus Curator: Allow Corpus Outside Workspace in your user settings.',
      setting, folder.name,
    ));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
