import { type FSWatcher, statSync, watch } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ENTITY_DECISIONS_PATH } from '../../core/knowledge/entityDecisions';
import { WORKSPACE_GAZETTEER_PATH } from '../../core/tagging/gazetteer/workspaceGazetteer';
import { WORKSPACE_MODEL_PATH } from '../../core/tagging/model/workspaceModel';
import type { CorpusLocator } from './corpusLocator';

export type ArticleFileEvent = { kind: 'create' | 'change' | 'delete'; uri: vscode.Uri };

/**
 * The one set of file-system watchers of the extension: article files (*.txt, *.md) under each
 * corpus root, following the roots as they change, the workspace gazetteers and entity
 * decisions, and the workspace models. The index, the
 * diagnostics and the tag state all listen here.
 */
export class CorpusWatcher implements vscode.Disposable {
  private readonly articleEvents = new vscode.EventEmitter<ArticleFileEvent>();
  private readonly gazetteerEvents = new vscode.EventEmitter<vscode.Uri>();
  /** An article file under a corpus root was created, changed or deleted on disk. */
  readonly onDidChangeArticleFile = this.articleEvents.event;
  /** A workspace gazetteer (.corpus/gazetteer.yaml) or entity decisions file (.corpus/entities.yaml) was created, changed or deleted. */
  readonly onDidChangeGazetteer = this.gazetteerEvents.event;
  private readonly modelEvents = new vscode.EventEmitter<vscode.Uri>();
  /** A file of a workspace model (.corpus/model/) was created, changed or deleted, by learning here or by the CLI's learn. */
  readonly onDidChangeModel = this.modelEvents.event;
  private rootWatchers: { dispose(): unknown }[] = [];
  /** Each workspace folder's .corpus/model watched directly, by the inode of the folder watched. */
  private readonly modelFolderWatchers = new Map<string, { inode: number; watcher: FSWatcher }>();
  private readonly subscriptions: { dispose(): unknown }[];

  constructor(private readonly locator: CorpusLocator) {
    const gazetteers = vscode.workspace.createFileSystemWatcher(`**/{${WORKSPACE_GAZETTEER_PATH},${ENTITY_DECISIONS_PATH}}`);
    // A file written right after its new folder is created lands before the watcher watches that
    // folder, and no event names it. The folder's own event does come, after the watcher has
    // started watching it: the gazetteer inside is then looked at (it exists, or its event follows).
    const folderName = path.posix.dirname(WORKSPACE_GAZETTEER_PATH);
    const folders = vscode.workspace.createFileSystemWatcher(`**/${folderName}`);
    const modelFolder = path.posix.dirname(WORKSPACE_MODEL_PATH);
    const models = vscode.workspace.createFileSystemWatcher(`**/{${modelFolder},${modelFolder}/**}`);
    const fire = (uri: vscode.Uri): void => { this.gazetteerEvents.fire(uri); };
    const fireModel = (uri: vscode.Uri): void => { this.followModelFolders(); this.modelEvents.fire(uri); };
    const fireInside = (folder: vscode.Uri): void => { this.followModelFolders(); this.gazetteerEvents.fire(vscode.Uri.joinPath(folder, path.posix.basename(WORKSPACE_GAZETTEER_PATH))); };
    this.subscriptions = [
      this.articleEvents, this.gazetteerEvents, this.modelEvents, gazetteers, folders, models,
      gazetteers.onDidCreate(fire), gazetteers.onDidChange(fire), gazetteers.onDidDelete(fire),
      models.onDidCreate(fireModel), models.onDidChange(fireModel), models.onDidDelete(fireModel),
      // A folder deleted and created again within one batch of events is reported as changed.
      folders.onDidCreate(fireInside), folders.onDidChange(fireInside), folders.onDidDelete(fireInside),
      locator.onDidChangeRoots(() => { this.watchRoots(); }),
    ];
    this.watchRoots();
    this.followModelFolders();
  }

  /**
   * Watches each workspace folder's .corpus/model folder itself, as it now is. The recursive
   * watcher of the workspace never watches a folder created together with its parent (mkdir -p
   * of .corpus/model, on Linux: parcel-bundler/watcher#97), and would miss a model written there
   * later by the CLI. Called when the folder may have come or gone (and after each learning).
   */
  followModelFolders(): void {
    const modelFolder = path.posix.dirname(WORKSPACE_MODEL_PATH);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const folderPath = path.join(folder.uri.fsPath, modelFolder);
      const inode = statSync(folderPath, { throwIfNoEntry: false })?.ino;
      const followed = this.modelFolderWatchers.get(folderPath);
      if (followed !== undefined && followed.inode === inode) continue;
      followed?.watcher.close();
      this.modelFolderWatchers.delete(folderPath);
      if (inode === undefined) continue;
      try {
        const watcher = watch(folderPath, (_event, file) => { this.modelEvents.fire(vscode.Uri.file(path.join(folderPath, file ?? ''))); });
        watcher.on('error', () => { watcher.close(); this.modelFolderWatchers.delete(folderPath); });
        this.modelFolderWatchers.set(folderPath, { inode, watcher });
      } catch {
        // Gone between the stat and the watch: its deletion's event calls this again.
      }
    }
  }

  private watchRoots(): void {
    for (const watcher of this.rootWatchers) watcher.dispose();
    this.rootWatchers = this.locator.corpusRoots.flatMap((root) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*.{txt,md}'));
      return [watcher,
        watcher.onDidCreate((uri) => { this.articleEvents.fire({ kind: 'create', uri }); }),
        watcher.onDidChange((uri) => { this.articleEvents.fire({ kind: 'change', uri }); }),
        watcher.onDidDelete((uri) => { this.articleEvents.fire({ kind: 'delete', uri }); })];
    });
  }

  dispose(): void {
    for (const disposable of [...this.rootWatchers, ...this.subscriptions]) disposable.dispose();
    for (const { watcher } of this.modelFolderWatchers.values()) watcher.close();
  }
}
