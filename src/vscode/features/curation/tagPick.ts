import * as vscode from 'vscode';
import type { ArticleTag } from '../../../core/curation/articleTags';
import { tagPickItem } from './format';

/** Selects a tag in its editor and scrolls it into view. */
export async function selectTag(document: vscode.TextDocument, tag: ArticleTag, preserveFocus = false): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, { preserveFocus });
  editor.selection = new vscode.Selection(document.positionAt(tag.start), document.positionAt(tag.end));
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * A pick of tags (a paragraph's, or an article's) that moves the cursor to each as it becomes active, as Go to Symbol
 * does; Escape puts the cursor back. Resolves to the chosen tag, already selected in the editor.
 */
export async function pickTagMovingCursor(document: vscode.TextDocument, tags: readonly ArticleTag[], placeholder: string): Promise<ArticleTag | undefined> {
  const before = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const original = before ? { selection: before.selection, visible: before.visibleRanges[0] } : undefined;
  const pick = vscode.window.createQuickPick<ReturnType<typeof tagPickItem>>();
  pick.items = tags.map(tagPickItem);
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  let chosen: ArticleTag | undefined;
  const previewed = pick.onDidChangeActive((active) => {
    const tag = active[0]?.tag;
    if (tag) void selectTag(document, tag, true);
  });
  const result = new Promise<ArticleTag | undefined>((resolve) => {
    pick.onDidAccept(() => {
      chosen = pick.activeItems[0]?.tag;
      pick.hide();
    });
    pick.onDidHide(async () => {
      previewed.dispose();
      pick.dispose();
      if (chosen) await selectTag(document, chosen);
      else if (original) {
        const editor = await vscode.window.showTextDocument(document, { preserveFocus: true });
        editor.selection = original.selection;
        if (original.visible) editor.revealRange(original.visible, vscode.TextEditorRevealType.AtTop);
      }
      resolve(chosen);
    });
  });
  pick.show();
  return result;
}
