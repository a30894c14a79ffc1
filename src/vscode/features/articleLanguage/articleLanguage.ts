import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID } from '../../common/names';
import type { CorpusLocator } from '../../services/corpusLocator';

/**
 * The manifest's filename patterns cover the default `seeds/` corpus; a corpus configured
 * elsewhere gets the article language when one of its files is opened as plain text or Markdown.
 */
export function registerArticleLanguage(locator: CorpusLocator): vscode.Disposable {
  const adopt = (document: vscode.TextDocument): void => {
    if (document.languageId === ARTICLE_LANGUAGE_ID) return;
    if (!['plaintext', 'markdown'].includes(document.languageId)) return;
    if (locator.rootOfArticle(document.uri) === undefined) return;
    void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE_ID);
  };
  vscode.workspace.textDocuments.forEach(adopt);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(adopt),
    locator.onDidChangeRoots(() => { vscode.workspace.textDocuments.forEach(adopt); }),
  );
}
