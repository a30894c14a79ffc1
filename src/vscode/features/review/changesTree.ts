import * as path from 'node:path';
import * as vscode from 'vscode';
import { changeLine, summaryLine } from '../../../core/review/describe';
import { isRevertible } from '../../../core/review/revert';
import type { Change } from '../../../core/review/types';
import type { MetadataChanges, ReviewedArticle } from './metadataChanges';

export const METADATA_CHANGES_VIEW_ID = 'corpusCurator.metadataChanges';
export const OPEN_CHANGES_COMMAND = 'corpusCurator.openMetadataChanges';

export type ChangeNode =
  | { kind: 'article'; article: ReviewedArticle }
  | { kind: 'change'; article: ReviewedArticle; change: Change }
  | { kind: 'note'; article: ReviewedArticle; note: string };

function iconOf(article: ReviewedArticle): vscode.ThemeIcon | undefined {
  if (article.diff.state === 'conflict' || article.diff.state === 'unreadable' || article.diff.changes.some((change) => change.type === 'body-changed')) {
    return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  }
  return undefined;
}

/** The Metadata Changes view: one row per changed article (`+2 PER, −1 LOC, draft → reviewed`), its changes below. */
export class MetadataChangesTree implements vscode.TreeDataProvider<ChangeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChangeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly changes: MetadataChanges) {
    this.subscription = changes.onDidChange(() => { this.changed.fire(undefined); });
  }

  getChildren(element?: ChangeNode): ChangeNode[] {
    if (!element) return this.changes.articles.map((article) => ({ kind: 'article', article }));
    if (element.kind !== 'article') return [];
    const { article } = element;
    return [
      ...article.diff.notes.map((note): ChangeNode => ({ kind: 'note', article, note })),
      ...article.diff.changes.map((change): ChangeNode => ({ kind: 'change', article, change })),
    ];
  }

  getParent(element: ChangeNode): ChangeNode | undefined {
    return element.kind === 'article' ? undefined : { kind: 'article', article: element.article };
  }

  getTreeItem(element: ChangeNode): vscode.TreeItem {
    const { article } = element;
    if (element.kind === 'article') {
      const item = new vscode.TreeItem(path.basename(article.uri.fsPath), vscode.TreeItemCollapsibleState.Collapsed);
      item.description = summaryLine(article.diff);
      item.tooltip = `${article.diff.path}\n${summaryLine(article.diff)}`;
      item.resourceUri = article.uri;
      const icon = iconOf(article);
      if (icon) item.iconPath = icon;
      item.contextValue = 'metadataChangesArticle';
      item.id = article.uri.toString();
      item.command = { command: OPEN_CHANGES_COMMAND, title: vscode.l10n.t('Open Changes'), arguments: [element] };
      return item;
    }
    if (element.kind === 'note') {
      const item = new vscode.TreeItem(element.note, vscode.TreeItemCollapsibleState.None);
      item.id = `${article.uri.toString()}#note${article.diff.notes.indexOf(element.note)}`;
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    const item = new vscode.TreeItem(changeLine(element.change), vscode.TreeItemCollapsibleState.None);
    item.id = `${article.uri.toString()}#${article.diff.changes.indexOf(element.change)}`;
    item.contextValue = isRevertible(element.change) && article.headRef === undefined ? 'metadataChange.revertible' : 'metadataChange';
    item.command = { command: OPEN_CHANGES_COMMAND, title: vscode.l10n.t('Open Changes'), arguments: [element] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
