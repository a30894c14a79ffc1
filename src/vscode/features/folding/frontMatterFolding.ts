import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID } from '../../common/names';
import type { FrontMatterReadings } from '../../services/frontMatterReadings';

/** The lines of an article's front matter, fences included; undefined when it has none. */
function frontMatterLines(document: vscode.TextDocument, readings: FrontMatterReadings): { start: number; end: number } | undefined {
  const { split } = readings.of(document);
  if (!split.frontMatter) return undefined;
  const bodyStart = document.positionAt(split.bodyStart);
  const atEnd = bodyStart.isEqual(document.lineAt(document.lineCount - 1).range.end);
  const end = bodyStart.line - (atEnd ? 0 : 1);
  return end > 0 ? { start: 0, end } : undefined;
}

/**
 * The front matter folds as one region, and (setting `corpusCurator.frontMatter.foldOnOpen`) is
 * folded the first time an article is shown, so the text comes first; a reviewer unfolds it.
 */
export function registerFrontMatterFolding(readings: FrontMatterReadings): vscode.Disposable {
  const folded = new Set<string>();
  const foldOnOpen = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    if (!editor || editor.document.languageId !== ARTICLE_LANGUAGE_ID) return;
    const key = editor.document.uri.toString();
    if (folded.has(key) || !vscode.workspace.getConfiguration('corpusCurator', editor.document.uri).get<boolean>('frontMatter.foldOnOpen', true)) return;
    const lines = frontMatterLines(editor.document, readings);
    if (!lines) return;
    folded.add(key);
    await vscode.commands.executeCommand('editor.fold', { selectionLines: [lines.start], levels: 1 });
  };
  void foldOnOpen(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.languages.registerFoldingRangeProvider({ language: ARTICLE_LANGUAGE_ID }, {
      provideFoldingRanges(document) {
        const lines = frontMatterLines(document, readings);
        return lines ? [new vscode.FoldingRange(lines.start, lines.end, vscode.FoldingRangeKind.Region)] : [];
      },
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => { void foldOnOpen(editor); }),
    // An article closed in every tab is shown anew when it is opened again. VS Code closes the
    // document itself only later (or not at all while something holds it), so its close is too late.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.closed) {
        for (const uri of tabUris(tab)) if (!openInSomeTab(uri)) folded.delete(uri.toString());
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => { folded.delete(document.uri.toString()); }),
  );
}

/** The files a tab shows: one, or both sides of a diff. */
function tabUris(tab: vscode.Tab): vscode.Uri[] {
  if (tab.input instanceof vscode.TabInputText) return [tab.input.uri];
  if (tab.input instanceof vscode.TabInputTextDiff) return [tab.input.original, tab.input.modified];
  return [];
}

function openInSomeTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUris(tab).some((shown) => shown.toString() === key)));
}
