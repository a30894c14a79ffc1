import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isCorpusArticle, listArticleFiles } from '../../core/corpus/articleFiles';
import { CorpusIndex, type IndexCache } from '../../core/corpus/corpusIndex';
import { readIndexCache, removeUnfinishedIndexCaches, writeIndexCache } from '../../core/corpus/indexCacheFile';
import { nodeCorpusFiles } from '../../core/corpus/nodeFiles';
import { SummaryWorkerPool } from '../../core/corpus/workerPool';
import { maxArticleBytes } from '../common/settings';
import { entityDecisionsFileBeside } from '../../core/knowledge/entityDecisionsLoad';
import { gazetteerFileStamp } from '../../core/tagging/gazetteer/gazetteerFile';
import type { CorpusLocator } from './corpusLocator';
import type { CorpusWatcher } from './corpusWatcher';
import { KeyedDebounce } from '../common/keyedDebounce';
import { taggerFor, workspaceGazetteerFile } from './workspaceTagger';
import { workspaceModelFileBeside } from '../../core/tagging/model/workspaceModel';

const CACHE_FILE = 'corpus-index.json';
/** The views are told of changes at most this often: a cold build changes the index every few milliseconds. */
const NOTIFY_MS = 250;
/** An unsaved edit reaches the index once the curator pauses typing this long. */
const EDIT_DEBOUNCE_MS = 300;

/**
 * The corpus index for the views: built on worker threads with progress in the status bar,
 * cached by content hash in the extension's workspace storage, and kept current by the corpus
 * watcher and editor changes (an unsaved edit shows at once), one file at a time.
 */
export class CorpusIndexService implements vscode.Disposable {
  private readonly index: CorpusIndex;
  private readonly pool: SummaryWorkerPool;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];
  private building: Promise<void> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly edits = new KeyedDebounce(EDIT_DEBOUNCE_MS);
  indexed = 0;
  total = 0;
  /** Told why the index cache could not be saved (the output channel). */
  onSaveFailed: ((message: string) => void) | undefined;

  constructor(private readonly locator: CorpusLocator, private readonly context: vscode.ExtensionContext, watcher: CorpusWatcher) {
    this.pool = new SummaryWorkerPool(path.join(context.extensionPath, 'dist', 'summaryWorker.js'), cpus().length);
    this.index = new CorpusIndex(nodeCorpusFiles((file) => maxArticleBytes(vscode.Uri.file(file))), {
      cache: this.loadCache(),
      summarizeFile: (file) => this.pool.summarizeFile(file, workspaceGazetteerFile(vscode.Uri.file(file)), maxArticleBytes(vscode.Uri.file(file))),
      taggerFor: (file) => taggerFor(vscode.Uri.file(file)),
      gazetteerStamp: this.gazetteerStamp(),
    });
    this.subscriptions.push(
      watcher.onDidChangeGazetteer(() => { void this.regazetteer(); }),
      watcher.onDidChangeArticleFile((event) => {
        if (event.kind !== 'delete') void this.updatePath(event.uri.fsPath);
        else if (this.index.remove(event.uri.fsPath)) this.notify();
      }),
      locator.onDidChangeRoots(() => { if (this.started) this.rebuild(); }),
      vscode.workspace.onDidChangeTextDocument((event) => { this.scheduleEdit(event.document); }),
      vscode.workspace.onDidSaveTextDocument((document) => { void this.updatePath(document.uri.fsPath); }),
    );
  }

  private started = false;
  private notifyTimer: NodeJS.Timeout | undefined;
  private lastNotified = 0;

  /** Tells the views the index changed: at once, or once more at the end of a burst of changes. */
  private notify(): void {
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.lastNotified = Date.now();
      this.changed.fire();
    }, Math.max(0, this.lastNotified + NOTIFY_MS - Date.now()));
  }

  private markStarted: () => void = () => undefined;
  private readonly startedOnce = new Promise<void>((resolve) => { this.markStarted = resolve; });

  /** Indexing starts when a view or a caller first needs the index, not on activation. */
  ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    this.markStarted();
    this.rebuild();
  }

  /** Resolves once something has started the index (without starting it). */
  whenStarted(): Promise<void> {
    return this.startedOnce;
  }

  /** The workspace gazetteers and models as they are now: summaries of untagged articles depend on them. */
  private gazetteerStamp(): string {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => workspaceGazetteerFile(folder.uri))
      .filter((file) => file !== undefined).map((file) => `${file}=${gazetteerFileStamp(file)}:${gazetteerFileStamp(entityDecisionsFileBeside(file))}:${gazetteerFileStamp(workspaceModelFileBeside(file))}`).join('|');
  }

  /** The workspace model changed: the articles without front matter are tagged again. */
  retag(): void {
    void this.regazetteer();
  }

  private regazetteering: Promise<void> = Promise.resolve();

  /**
   * A workspace gazetteer changed: the articles without front matter are tagged again. One pass at
   * a time, each looking at the gazetteer when it starts: a pass for an older version of the file
   * never finishes after the pass for the newer one.
   */
  private regazetteer(): Promise<void> {
    this.regazetteering = this.regazetteering.then(async () => {
      if (!this.started) return;
      await this.building;
      if (await this.index.regazetteer(this.gazetteerStamp())) {
        this.notify();
        this.scheduleSave();
      }
    }).catch(() => undefined);
    return this.regazetteering;
  }

  private cacheFile(): string | undefined {
    return this.context.storageUri ? path.join(this.context.storageUri.fsPath, CACHE_FILE) : undefined;
  }

  private loadCache(): IndexCache {
    const file = this.cacheFile();
    if (file) void removeUnfinishedIndexCaches(file);
    return readIndexCache(file);
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      const file = this.cacheFile();
      if (!file) return;
      // One save at a time, so that an older snapshot never lands after a newer one.
      this.saving = this.saving.then(() => writeIndexCache(file, this.index.snapshot())).catch((error: unknown) => {
        // The cache only saves a rebuild: say why it was not saved, and go on.
        this.onSaveFailed?.(`The corpus index cache ${file} was not saved: ${error instanceof Error ? error.message : String(error)}`);
      });
    }, 2000);
  }

  articles(): ReturnType<CorpusIndex['all']> {
    this.ensureStarted();
    return this.index.all();
  }

  roots(): readonly vscode.Uri[] {
    return this.locator.corpusRoots;
  }

  /** Resolves once the current build is done. */
  whenIndexed(): Promise<void> {
    this.ensureStarted();
    return this.building;
  }

  rebuild(): void {
    this.building = Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing the corpus') }, async (progress) => {
      const files = (await Promise.all(this.locator.corpusRoots.map((root) => listArticleFiles(root.fsPath).catch(() => [])))).flat();
      this.total = files.length;
      let reported = 0;
      await this.index.build(files, (done, total) => {
        this.indexed = done;
        progress.report({ message: `${done}/${total}`, increment: ((done - reported) / Math.max(1, total)) * 100 });
        reported = done;
        this.notify();
      });
      this.indexed = files.length;
      this.notify();
      this.scheduleSave();
    }));
  }

  /** An article file of a corpus root, as listing the root would find it. */
  private isArticle(file: string): boolean {
    return this.locator.corpusRoots.some((root) => isCorpusArticle(root.fsPath, file));
  }

  private async updatePath(file: string): Promise<void> {
    if (!this.started || !this.isArticle(file)) return;
    if (!existsSync(file)) {
      if (this.index.remove(file)) this.notify();
      return;
    }
    const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === file);
    const changed = open?.isDirty ? this.index.updateContent(file, open.getText()) : await this.index.update(file);
    if (changed) {
      this.notify();
      this.scheduleSave();
    }
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    if (!this.started) return;
    if (document.uri.scheme !== 'file' || !this.isArticle(document.uri.fsPath)) return;
    const file = document.uri.fsPath;
    this.edits.schedule(file, () => {
      // The file may have been deleted while its document stays open: it no longer belongs to the corpus.
      if (!existsSync(file) || document.isClosed) return;
      if (this.index.updateContent(file, document.getText())) this.notify();
    });
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    clearTimeout(this.notifyTimer);
    this.edits.dispose();
    for (const disposable of this.subscriptions) disposable.dispose();
    void this.pool.close();
  }
}
