import * as vscode from 'vscode';
import type { CorpusCuratorApi } from './vscode/api';
import { registerArticleLanguage } from './vscode/articleLanguage';
import { ARTICLES_VIEW_ID, ArticlesTreeProvider } from './vscode/articlesTree';
import { registerChooseCorpusFolder, registerRevealCorpusFolder } from './vscode/commands/corpusFolder';
import { registerOpenArticle } from './vscode/commands/openArticle';
import { CorpusLocator } from './vscode/corpusLocator';

export function activate(context: vscode.ExtensionContext): CorpusCuratorApi {
  const locator = new CorpusLocator();
  const articles = new ArticlesTreeProvider(locator);
  context.subscriptions.push(
    locator,
    articles,
    vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: articles, showCollapseAll: false }),
    registerArticleLanguage(locator),
    registerOpenArticle(articles),
    registerChooseCorpusFolder(),
    registerRevealCorpusFolder(locator),
  );
  return {
    corpusRoots: () => locator.corpusRoots,
    listArticles: async () => (await articles.getChildren()).map((article) => article.uri),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
