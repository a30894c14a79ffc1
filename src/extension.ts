import * as vscode from 'vscode';
import type { CorpusCuratorApi } from './vscode/api';
import { registerArticleLanguage } from './vscode/articleLanguage';
import { ArticlesTreeProvider } from './vscode/articlesTree';
import { registerChooseCorpusFolder, registerRevealCorpusFolder } from './vscode/commands/corpusFolder';
import { registerOpenArticle } from './vscode/commands/openArticle';
import { CorpusLocator } from './vscode/corpusLocator';
import { ArticleDiagnostics } from './vscode/diagnostics';
import { registerWriteCommands } from './vscode/frontMatter/writeCommands';
import { ArticleQuickFixes } from './vscode/quickFixes';
import { ARTICLE_LANGUAGE_ID } from './vscode/articleLanguage';

export function activate(context: vscode.ExtensionContext): CorpusCuratorApi {
  const locator = new CorpusLocator();
  const articles = new ArticlesTreeProvider(locator);
  const output = vscode.window.createOutputChannel('Corpus Curator');
  context.subscriptions.push(
    locator,
    articles,
    output,
    articles.createView(),
    new ArticleDiagnostics(locator),
    vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE_ID }, new ArticleQuickFixes(), { providedCodeActionKinds: ArticleQuickFixes.kinds }),
    registerWriteCommands(locator, articles, output),
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
