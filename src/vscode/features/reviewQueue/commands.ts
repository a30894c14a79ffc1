import * as vscode from 'vscode';
import { SORTINGS, type SortBy } from '../../../core/corpus/articleOrder';
import { compareForReview, type QueueCandidate, spanConfidence } from '../../../core/corpus/uncertainty';
import { tagArticleText } from '../../../core/curation/articleTags';
import type { ArticleItem, ArticlesTreeProvider } from '../articles/articlesTree';
import type { CorpusIndexService } from '../../services/indexService';
import { currentText } from '../../edits/planEdit';
import { whenTrusted } from '../../common/trust';
import { taggerFor } from '../../services/workspaceTagger';
import { ArticleCertainties } from './certainties';
import { markArticlesReviewed } from '../../edits/markReviewed';

const SORT_LABELS: Record<SortBy, string> = { path: 'File name', pending: 'Most pending tags first' };

/** The articles a command acts on: those passed by a menu, else those selected in the view, else the active editor's. */
function chosenArticles(articles: ArticlesTreeProvider, item?: ArticleItem, selected?: readonly ArticleItem[]): vscode.Uri[] {
  if (selected && selected.length > 0) return selected.map((one) => one.uri);
  if (item?.uri instanceof vscode.Uri) return [item.uri];
  const inView = articles.selection();
  if (inView.length > 0) return inView.map((one) => one.uri);
  const editor = vscode.window.activeTextEditor;
  return editor ? [editor.document.uri] : [];
}

/**
 * The review queue: the Articles view sorted by pending tags, Review Next Article (the article
 * the tagger is least sure of, reviewed ones left out) and Accept All and Mark Reviewed.
 */
export function registerReviewQueue(articles: ArticlesTreeProvider, index: CorpusIndexService): { disposable: vscode.Disposable; queue: () => Promise<QueueCandidate[]> } {
  const certainties = new ArticleCertainties();
  /** The unreviewed articles, least sure first. */
  const queue = async (): Promise<QueueCandidate[]> => {
    await index.whenIndexed();
    return (await certainties.of(index.articles().filter((article) => article.summary.state !== 'reviewed'))).sort(compareForReview);
  };
  const disposable = vscode.Disposable.from(
    // As with grouping, a menu passes the focused tree item: only a known order given by a caller is taken.
    vscode.commands.registerCommand('corpusCurator.sortArticlesBy', async (by?: unknown) => {
      const chosen = typeof by === 'string' && SORTINGS.includes(by as SortBy) ? by as SortBy
        : (await vscode.window.showQuickPick(SORTINGS.map((sort) => ({ label: vscode.l10n.t(SORT_LABELS[sort]), by: sort, picked: sort === articles.sortBy })), { placeHolder: vscode.l10n.t('Sort articles by') }))?.by;
      if (chosen) await articles.setSortBy(chosen);
    }),
    vscode.commands.registerCommand('corpusCurator.reviewNextArticle', async (): Promise<vscode.Uri | undefined> => {
      const active = vscode.window.activeTextEditor?.document.uri.fsPath;
      const ordered = await queue();
      // The article in the editor is the one being reviewed: the next is another, while there is one.
      const next = ordered.find((candidate) => candidate.path !== active) ?? ordered[0];
      if (!next) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every article is reviewed.'));
        return undefined;
      }
      const uri = vscode.Uri.file(next.path);
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      await selectLeastSureTag(editor);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Least sure: {0} pending, lowest confidence {1}', next.pending, next.certainty.lowest.toFixed(2)), 5000);
      return uri;
    }),
    vscode.commands.registerCommand('corpusCurator.acceptAllAndMarkReviewed', whenTrusted(async (item?: ArticleItem, selected?: readonly ArticleItem[]) => {
      await markArticlesReviewed(chosenArticles(articles, item, selected), true);
    })),
  );
  return { disposable, queue };
}

/** Puts the cursor on the pending tag the tagger is least sure of (the first of them in the text). */
async function selectLeastSureTag(editor: vscode.TextEditor): Promise<void> {
  const current = await currentText(editor.document.uri);
  if (!('text' in current)) return;
  const pending = tagArticleText(current.text, editor.document.uri.fsPath, taggerFor(editor.document.uri)).tags.filter((tag) => tag.status === 'pending');
  const least = pending.reduce<(typeof pending)[number] | undefined>((best, tag) => (best === undefined || spanConfidence(tag) < spanConfidence(best) ? tag : best), undefined);
  if (!least) return;
  editor.selection = new vscode.Selection(editor.document.positionAt(least.start), editor.document.positionAt(least.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
