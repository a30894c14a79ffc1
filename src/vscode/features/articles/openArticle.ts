import * as path from 'node:path';
import * as vscode from 'vscode';
import { articleLabel } from '../../../core/corpus/views';
import type { ArticlesTreeProvider } from './articlesTree';

/** A quick pick of every article of the corpus, by title and file; the chosen one opens in an editor. */
export function registerOpenArticle(articles: ArticlesTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand('corpusCurator.openArticle', async () => {
    const items = articles.allArticles().map((article) => ({
      label: articleLabel(article.article),
      description: [article.article.summary.language ?? '—', path.relative(article.root.fsPath, article.uri.fsPath)].join(' · '),
      uri: article.uri,
    }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The corpus has no articles yet.'));
      return;
    }
    const picked = await vscode.window.showQuickPick(items, {
      placeHolder: vscode.l10n.t('Open an article of the corpus'),
      matchOnDescription: true,
    });
    if (picked) await vscode.window.showTextDocument(picked.uri);
  });
}
