import * as vscode from 'vscode';
import { whenTrusted } from '../../common/trust';
import type { GroupBy } from '../../../core/corpus/views';
import type { ArticleItem, ArticlesTreeProvider } from './articlesTree';
import { askAboutPending, markArticlesReviewed } from '../../edits/markReviewed';
import type { CorpusIndexService } from '../../services/indexService';

const GROUPINGS: readonly { by: GroupBy; label: string }[] = [
  { by: 'none', label: 'No grouping' }, { by: 'language', label: 'Language' }, { by: 'status', label: 'Status' },
  { by: 'month', label: 'Month of publication' }, { by: 'folder', label: 'Folder' },
];

/** A grouping the curator can choose; anything else (a tree item a menu passed along) is not one. */
function isGroupBy(value: unknown): value is GroupBy {
  return GROUPINGS.some((grouping) => grouping.by === value);
}

function targets(item: ArticleItem | undefined, selected: readonly ArticleItem[] | undefined, articles: ArticlesTreeProvider): readonly ArticleItem[] {
  if (selected && selected.length > 0) return selected;
  if (item) return [item];
  return articles.selection();
}

export function registerCorpusViewCommands(articles: ArticlesTreeProvider, index: CorpusIndexService): vscode.Disposable {
  return vscode.Disposable.from(
    // Menus pass their own arguments (the view title passes the focused tree item): only a grouping
    // or a filter text given by a caller is taken, anything else asks the curator.
    vscode.commands.registerCommand('corpusCurator.groupArticlesBy', async (by?: unknown) => {
      const chosen = isGroupBy(by) ? by : (await vscode.window.showQuickPick(GROUPINGS.map((grouping) => ({ label: vscode.l10n.t(grouping.label), by: grouping.by, picked: grouping.by === articles.groupBy })), { placeHolder: vscode.l10n.t('Group articles by') }))?.by;
      if (chosen) await articles.setGroupBy(chosen);
    }),
    vscode.commands.registerCommand('corpusCurator.filterArticles', async (filter?: unknown) => {
      const text = typeof filter === 'string' ? filter : await vscode.window.showInputBox({ prompt: vscode.l10n.t('Show articles whose title or entities contain…'), placeHolder: vscode.l10n.t('for example Азимова, Женева, COP29') });
      if (text !== undefined) articles.setFilter(text);
    }),
    vscode.commands.registerCommand('corpusCurator.clearArticleFilter', () => { articles.setFilter(''); }),
    vscode.commands.registerCommand('corpusCurator.markReviewed', whenTrusted(async (item?: ArticleItem, selected?: readonly ArticleItem[]) => {
      const chosen = targets(item, selected, articles);
      const pending = chosen.reduce((sum, article) => sum + (index.articles().find((indexed) => indexed.path === article.uri.fsPath)?.summary.pending ?? 0), 0);
      const answer = await askAboutPending(pending, chosen.length);
      if (answer.mark) await markArticlesReviewed(chosen.map((article) => article.uri), answer.acceptPending);
    })),
    vscode.commands.registerCommand('corpusCurator.copyArticleId', async (item?: ArticleItem, selected?: readonly ArticleItem[]) => {
      const ids = targets(item, selected, articles).map((article) => article.article.summary.id);
      if (ids.length > 0) await vscode.env.clipboard.writeText(ids.join('\n'));
    }),
    vscode.commands.registerCommand('corpusCurator.openArticles', async (item?: ArticleItem, selected?: readonly ArticleItem[]) => {
      const chosen = targets(item, selected, articles);
      // Several articles open as tabs side by side in the editor group; the last one has the focus.
      for (const [i, article] of chosen.entries()) await vscode.window.showTextDocument(article.uri, { preview: chosen.length === 1, preserveFocus: i < chosen.length - 1 });
    }),
    vscode.commands.registerCommand('corpusCurator.revealArticleInExplorer', async (item?: ArticleItem) => {
      const target = targets(item, undefined, articles)[0];
      if (target) await vscode.commands.executeCommand('revealInExplorer', target.uri);
    }),
    vscode.commands.registerCommand('corpusCurator.openMention', async (uri: vscode.Uri, start: number, end: number) => {
      const editor = await vscode.window.showTextDocument(uri);
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
    }),
    vscode.commands.registerCommand('corpusCurator.reindexCorpus', () => { index.rebuild(); }),
  );
}
