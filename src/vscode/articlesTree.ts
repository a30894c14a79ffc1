import * as path from 'node:path';
import * as vscode from 'vscode';
import { listArticleFiles } from '../core/corpus/articleFiles';
import type { CorpusLocator } from './corpusLocator';

export const ARTICLES_VIEW_ID = 'corpusCurator.articles';

export interface ArticleItem {
  readonly uri: vscode.Uri;
  readonly root: vscode.Uri;
}

/**
 * The Articles view: one row per article file of every corpus root, kept true by a file-system
 * watcher so it never needs a refresh button.
 */
export class ArticlesTreeProvider implements vscode.TreeDataProvider<ArticleItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private watchers: { dispose(): unknown }[] = [];
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];

  constructor(private readonly locator: CorpusLocator) {
    this.subscriptions.push(locator.onDidChangeRoots(() => { this.watchRoots(); this.changed.fire(undefined); }));
    this.watchRoots();
  }

  private view: vscode.TreeView<ArticleItem> | undefined;

  /** Creates the view (once) with multi-select for bulk actions. */
  createView(): vscode.TreeView<ArticleItem> {
    this.view = vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: this, canSelectMany: true, showCollapseAll: false });
    return this.view;
  }

  selection(): readonly ArticleItem[] {
    return this.view?.selection ?? [];
  }

  async getChildren(element?: ArticleItem): Promise<ArticleItem[]> {
    if (element) return [];
    const items: ArticleItem[] = [];
    for (const root of this.locator.corpusRoots) {
      const files = await listArticleFiles(root.fsPath);
      items.push(...files.map((file) => ({ uri: vscode.Uri.file(file), root })));
    }
    return items;
  }

  getTreeItem(element: ArticleItem): vscode.TreeItem {
    const item = new vscode.TreeItem(element.uri, vscode.TreeItemCollapsibleState.None);
    item.label = path.basename(element.uri.fsPath);
    const folder = path.relative(element.root.fsPath, path.dirname(element.uri.fsPath));
    if (folder !== '') item.description = folder;
    item.contextValue = 'article';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [element.uri] };
    return item;
  }

  private watchRoots(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = this.locator.corpusRoots.flatMap((root) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*.{txt,md}'));
      const fire = (): void => { this.changed.fire(undefined); };
      return [watcher, watcher.onDidCreate(fire), watcher.onDidDelete(fire)];
    });
  }

  dispose(): void {
    for (const disposable of [...this.watchers, ...this.subscriptions]) disposable.dispose();
  }
}
