import * as vscode from 'vscode';
import { splitArticle } from '../../../core/article/frontMatterBlock';
import { ARTICLE_LANGUAGE_ID } from '../../common/names';

/** The lines of an article's front matter, fences included; undefined when it has none. */
function frontMatterLines(document: vscode.TextDocument): { start: number; end: number } | undefined {
  const split = splitArticle(document.getText());
  if (!split.frontMatter) return undefined;
  const end = document.positionAt(split.bodyStart).line - (split.bodyStart === document.getText().length ? 0 : 1);
  return end > 0 ? { start: 0, end } : undefined;
}

/**
 * The front matter folds as one region, and (setting `corpusCurator.frontMatter.foldOnOpen`) is
 * folded the first time an article is shown, so the text comes first; a reviewer unfolds it.
 */
export function registerFrontMatterFolding(): vscode.Disposable {
  const folded = new Set<string>();
  const foldOnOpen = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE_ID) return;
    const key = editor.document.uri.toString();
    if (folded.has(key) || !vscode.workspace.getConfiguration('corpusCurator', editor.document.uri).get<boolean>('frontMatter.foldOnOpen', true)) return;
    const lines = frontMatterLines(editor.document);
    if (!lines) return;
    folded.add(key);
    await vscode.commands.executeCommand('editor.fold', { selectionLines: [lines.start], levels: 1 });
  };
  void foldOnOpen(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.languages.registerFoldingRangeProvider({ language: ARTICLE_LANGUAGE_ID }, {
      provideFoldingRanges(document) {
        const lines = frontMatterLines(document);
        return lines ? [new vscode.FoldingRange(lines.start, lines.end, vscode.FoldingRangeKind.Region)] : [];
      },
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => { void foldOnOpen(editor); }),
    vscode.workspace.onDidCloseTextDocument((document) => { folded.delete(document.uri.toString()); }),
  );
}
