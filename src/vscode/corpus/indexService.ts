import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isArticlePath, listArticleFiles } from '../../core/corpus/articleFiles';
import { CorpusIndex, emptyCache, type IndexCache } from '../../core/corpus/corpusIndex';
import { nodeCorpusFiles } from '../../core/corpus/nodeFiles';
import { SummaryWorkerPool } from '../../core/corpus/workerPool';
import { gazetteerFileStamp } from '../../core/tagging/gazetteer/gazetteerFile';
import { WORKSPACE_GAZETTEER_PATH } from '../../core/tagging/gazetteer/workspaceGazetteer';
import type { CorpusLocator } from '../corpusLocator';
import type { CorpusWatcher } from '../corpusWatcher';
import { taggerFor, workspaceGazetteerFile } from '../workspaceTagger';

const CACHE_FILE = 'corpus-index.json';
/** The views are told of changes at most this often: a cold build changes the index every few milliseconds. */
const NOTIFY_MS = 250;

/**
 * The corpus index for the views: built on worker threads with progress in the status bar,
 * cached by content hash in the extension's workspace storage, and kept current by the corpus
 * watcher and editor changes (an unsaved edit shows at once), one file at a time.
 */
export class CorpusIndexService implements vscode.Disposable {
  private index: CorpusIndex;
  private readonly pool: SummaryWorkerPool;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];
  private building: Promise<void> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;
  private editTimers = new Map<string, NodeJS.Timeout>();
  indexed = 0;
  total = 0;

  constructor(private readonly locator: CorpusLocator, private readonly context: vscode.ExtensionContext, watcher: CorpusWatcher) {
    this.pool = new SummaryWorkerPool(path.join(context.extensionPath, 'dist', 'summaryWorker.js'), cpus().length);
    this.index = new CorpusIndex(nodeCorpusFiles(), {
      cache: this.loadCache(),
      summarizeFile: (file) => this.pool.summarizeFile(file, workspaceGazetteerFile(vscode.Uri.file(file))),
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

  /** Indexing starts when a view or a caller first needs the index, not on activation. */
  ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    this.rebuild();
  }

  /** The workspace gazetteers as they are now: summaries of untagged articles depend on them. */
  private gazetteerStamp(): string {
    return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => `${folder.uri.fsPath}=${gazetteerFileStamp(path.join(folder.uri.fsPath, WORKSPACE_GAZETTEER_PATH))}`).join('|');
  }

  /** A workspace gazetteer changed: the articles without front matter are tagged again. */
  private async regazetteer(): Promise<void> {
    if (!this.started) return;
    await this.building;
    if (await this.index.regazetteer(this.gazetteerStamp())) {
      this.notify();
      this.scheduleSave();
    }
  }

  private cacheFile(): string | undefined {
    return this.context.storageUri ? path.join(this.context.storageUri.fsPath, CACHE_FILE) : undefined;
  }

  private loadCache(): IndexCache {
    const file = this.cacheFile();
    try {
      return file ? JSON.parse(readFileSync(file, 'utf8')) as IndexCache : emptyCache();
    } catch {
      return emptyCache();
    }
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      const file = this.cacheFile();
      if (!file) return;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(this.index.snapshot()));
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

  /** An article file of a corpus root, outside hidden folders (.vscode, .corpus, .git). */
  private isArticle(file: string): boolean {
    const root = this.locator.corpusRoots.find((candidate) => file.startsWith(candidate.fsPath + path.sep));
    return root !== undefined && isArticlePath(file) && !path.relative(root.fsPath, file).split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules');
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
    const key = document.uri.fsPath;
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(key, setTimeout(() => {
      this.editTimers.delete(key);
      // The file may have been deleted while its document stays open: it no longer belongs to the corpus.
      if (!existsSync(key) || document.isClosed) return;
      if (this.index.updateContent(key, document.getText())) this.notify();
    }, 300));
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    clearTimeout(this.notifyTimer);
    for (const timer of this.editTimers.values()) clearTimeout(timer);
    for (const disposable of this.subscriptions) disposable.dispose();
    void this.pool.close();
  }
}
