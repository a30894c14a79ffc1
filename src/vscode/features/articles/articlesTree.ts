import * as path from 'node:path';
import * as vscode from 'vscode';
import { SORTINGS, type SortBy, sortArticlesBy } from '../../../core/corpus/articleOrder';
import type { IndexedArticle } from '../../../core/corpus/corpusIndex';
import type { ArticleState } from '../../../core/corpus/summary';
import { articleLabel, filterArticles, type GroupBy, groupArticles } from '../../../core/corpus/views';
import type { CorpusIndexService } from '../../services/indexService';
import { escapeMarkdown } from '../../common/markdown';
import { kindPlural } from '../../common/kindWords';
import { ENTITY_KINDS } from '../../../core/kinds';

export const ARTICLES_VIEW_ID = 'corpusCurator.articles';
const GROUP_KEY = 'corpusCurator.articles.groupBy';
const SORT_KEY = 'corpusCurator.articles.sortBy';

export interface ArticleItem { type: 'article'; uri: vscode.Uri; root: vscode.Uri; article: IndexedArticle }
export interface GroupItem { type: 'group'; by: GroupBy; key: string; articles: IndexedArticle[] }
export type ArticlesNode = ArticleItem | GroupItem;

const STATE_ICONS: Record<ArticleState, vscode.ThemeIcon> = {
  none: new vscode.ThemeIcon('circle-large-outline'),
  draft: new vscode.ThemeIcon('edit', new vscode.ThemeColor('charts.blue')),
  reviewed: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green')),
  problems: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
};

const GROUPINGS: readonly GroupBy[] = ['none', 'language', 'status', 'month', 'folder'];

function groupLabel(by: GroupBy): string {
  return { none: '', language: vscode.l10n.t('language'), status: vscode.l10n.t('status'), month: vscode.l10n.t('month'), folder: vscode.l10n.t('folder') }[by];
}

export function stateLabel(state: ArticleState): string {
  return { none: vscode.l10n.t('no front matter'), draft: vscode.l10n.t('draft'), reviewed: vscode.l10n.t('reviewed'), problems: vscode.l10n.t('has problems') }[state];
}

/**
 * The Articles view: one row per article, labelled with its title (the file name when it has
 * none), described by language · date · status, grouped and filtered as the curator chose. It
 * follows the corpus index, so it needs no refresh button.
 */
export class ArticlesTreeProvider implements vscode.TreeDataProvider<ArticlesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private view: vscode.TreeView<ArticlesNode> | undefined;
  private filter = '';
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];
  /** The rows under the root as last grouped, and each article's group: kept until the index, grouping or filter changes. */
  private grouped: { groups: GroupItem[]; groupOf: Map<string, GroupItem> } | undefined;

  constructor(private readonly index: CorpusIndexService, private readonly state: vscode.Memento) {
    this.subscriptions.push(index.onDidChange(() => { this.regroup(); }));
  }

  private regroup(): void {
    this.grouped = undefined;
    this.changed.fire(undefined);
    this.describe();
  }

  private groups(): { groups: GroupItem[]; groupOf: Map<string, GroupItem> } {
    if (this.grouped) return this.grouped;
    const root = this.index.roots()[0]?.fsPath ?? '';
    const by = this.groupBy;
    const sortBy = this.sortBy;
    const groups = groupArticles(filterArticles(this.index.articles(), this.filter), by, root).map((group): GroupItem => ({ type: 'group', by, key: group.key, articles: sortArticlesBy(group.articles, sortBy) }));
    const groupOf = new Map<string, GroupItem>();
    for (const group of groups) for (const article of group.articles) groupOf.set(article.path, group);
    return this.grouped = { groups, groupOf };
  }

  createView(): vscode.TreeView<ArticlesNode> {
    const view = vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true });
    this.view = view;
    this.describe();
    // As the Explorer does: the open article is selected in the tree (setting `corpusCurator.articles.followActiveEditor`).
    const follow = vscode.window.onDidChangeActiveTextEditor((editor) => { void this.reveal(editor); });
    this.subscriptions.push(follow);
    return view;
  }

  /** Selects the active editor's article in the view, when the view is visible and the setting is on. */
  async reveal(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!editor || !this.view?.visible || !vscode.workspace.getConfiguration('corpusCurator').get<boolean>('articles.followActiveEditor', true)) return;
    const article = this.index.articles().find((indexed) => indexed.path === editor.document.uri.fsPath);
    if (!article || !filterArticles([article], this.filter).length) return;
    await Promise.resolve(this.view.reveal(this.item(article), { select: true, focus: false, expand: false })).catch(() => undefined);
  }

  /** The group an article sits in (needed to reveal it in a grouped view). */
  getParent(element: ArticlesNode): ArticlesNode | undefined {
    if (element.type === 'group' || this.groupBy === 'none') return undefined;
    return this.groups().groupOf.get(element.article.path);
  }

  /** The saved grouping; a value saved by a faulty earlier version reads as no grouping. */
  get groupBy(): GroupBy {
    const saved = this.state.get<unknown>(GROUP_KEY, 'none');
    return typeof saved === 'string' && GROUPINGS.includes(saved as GroupBy) ? saved as GroupBy : 'none';
  }

  async setGroupBy(by: GroupBy): Promise<void> {
    await this.state.update(GROUP_KEY, by);
    this.regroup();
  }

  /** The saved order of the articles within each group; anything else reads as by path. */
  get sortBy(): SortBy {
    const saved = this.state.get<unknown>(SORT_KEY, 'path');
    return typeof saved === 'string' && SORTINGS.includes(saved as SortBy) ? saved as SortBy : 'path';
  }

  async setSortBy(by: SortBy): Promise<void> {
    await this.state.update(SORT_KEY, by);
    this.regroup();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', 'corpusCurator.articlesFiltered', this.filter !== '');
    this.regroup();
  }

  /** The view's description says how it is grouped and filtered; its message, how far indexing got. */
  private describe(): void {
    if (!this.view) return;
    const parts = [this.groupBy === 'none' ? '' : vscode.l10n.t('by {0}', groupLabel(this.groupBy)), this.sortBy === 'pending' ? vscode.l10n.t('most pending first') : '', this.filter === '' ? '' : vscode.l10n.t('filter: “{0}”', this.filter)].filter((part) => part !== '');
    this.view.description = parts.join(' · ');
    this.view.message = this.index.indexed < this.index.total ? vscode.l10n.t('Indexing {0} of {1} articles…', this.index.indexed, this.index.total) : '';
  }

  /** What the view's header says after its name (grouping and filter). */
  get description(): string {
    return this.view?.description ?? '';
  }

  /** Every article of the corpus, whatever the grouping and filter. */
  allArticles(): ArticleItem[] {
    return groupArticles(this.index.articles(), 'none', '')[0]?.articles.map((article) => this.item(article)) ?? [];
  }

  /** The articles selected in the view. */
  selection(): readonly ArticleItem[] {
    return (this.view?.selection ?? []).filter((node): node is ArticleItem => node.type === 'article');
  }

  private rootOf(article: IndexedArticle): vscode.Uri {
    return this.index.roots().find((root) => article.path.startsWith(root.fsPath)) ?? vscode.Uri.file(path.dirname(article.path));
  }

  private item(article: IndexedArticle): ArticleItem {
    return { type: 'article', uri: vscode.Uri.file(article.path), root: this.rootOf(article), article };
  }

  getChildren(element?: ArticlesNode): ArticlesNode[] {
    if (element?.type === 'article') return [];
    if (element?.type === 'group') return element.articles.map((article) => this.item(article));
    const { groups } = this.groups();
    if (this.groupBy === 'none') return (groups[0]?.articles ?? []).map((article) => this.item(article));
    return groups;
  }

  /** The Markdown tooltip is made when the curator hovers an article, not for all ten thousand. */
  resolveTreeItem(item: vscode.TreeItem, element: ArticlesNode): vscode.TreeItem {
    if (element.type === 'article') item.tooltip = tooltip(element);
    return item;
  }

  getTreeItem(element: ArticlesNode): vscode.TreeItem {
    if (element.type === 'group') {
      const item = new vscode.TreeItem(element.by === 'status' ? stateLabel(element.key as ArticleState) : element.key, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(element.articles.length);
      item.contextValue = 'articleGroup';
      item.id = `group:${element.by}:${element.key}`;
      return item;
    }
    const { summary } = element.article;
    const item = new vscode.TreeItem(articleLabel(element.article), vscode.TreeItemCollapsibleState.None);
    item.id = element.uri.toString();
    item.resourceUri = element.uri;
    item.description = [summary.language ?? '—', summary.published ?? '—', stateLabel(summary.state), ...(summary.pending > 0 ? [vscode.l10n.t('{0} pending', summary.pending)] : [])].join(' · ');
    item.iconPath = STATE_ICONS[summary.state];
    item.contextValue = 'article';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [element.uri] };
    return item;
  }

  dispose(): void {
    for (const disposable of this.subscriptions) disposable.dispose();
  }
}

function tooltip(element: ArticleItem): vscode.MarkdownString {
  const { summary } = element.article;
  const markdown = new vscode.MarkdownString(undefined, true);
  markdown.appendMarkdown(`**${escapeMarkdown(articleLabel(element.article))}**\n\n`);
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('id'), summary.id], [vscode.l10n.t('language'), summary.language], [vscode.l10n.t('published'), summary.published],
    [vscode.l10n.t('source'), summary.source], [vscode.l10n.t('status'), stateLabel(summary.state) + (summary.problems > 0 ? ` (${summary.problems})` : '')],
  ];
  for (const [label, value] of rows) if (value) markdown.appendMarkdown(`${label}: ${escapeMarkdown(value)}  \n`);
  for (const kind of ENTITY_KINDS) {
    const names = summary.entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
    if (names.length > 0) markdown.appendMarkdown(`${kindPlural(kind)} (${kind}): ${escapeMarkdown(names.slice(0, 8).join(', '))}${names.length > 8 ? ` +${names.length - 8}` : ''}  \n`);
  }
  markdown.appendMarkdown(`\n$(file) ${escapeMarkdown(path.basename(element.uri.fsPath))}`);
  return markdown;
}
