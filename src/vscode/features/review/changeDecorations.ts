import * as vscode from 'vscode';
import { changeLine } from '../../../core/review/describe';
import { changeOffsets } from '../../../core/review/locate';
import { KeyedDebounce } from '../../common/keyedDebounce';
import type { MetadataChanges } from './metadataChanges';

const TYPING_PAUSE_MS = 200;

function modifiedSides(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) if (tab.input instanceof vscode.TabInputTextDiff) uris.add(tab.input.modified.toString());
  }
  return uris;
}

/**
 * The semantic lines as text after the lines they concern, in the diff editor's newer side
 * (VS Code hides code lenses in diff editors unless `diffEditor.codeLens` is on; decorations show).
 */
export class MetadataChangeDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 2em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
    isWholeLine: true,
  });
  /** Typing in an article moves its changes: they are located again once the typing pauses, not per keystroke. */
  private readonly typing = new KeyedDebounce(TYPING_PAUSE_MS);
  private readonly subscriptions: { dispose(): unknown }[];

  constructor(private readonly changes: MetadataChanges) {
    const update = (): void => { this.update(); };
    this.subscriptions = [
      this.type,
      this.typing,
      changes.onDidChange(update),
      vscode.window.onDidChangeVisibleTextEditors(update),
      vscode.window.tabGroups.onDidChangeTabs(update),
      vscode.workspace.onDidChangeTextDocument((event) => { if (this.changes.articleFor(event.document.uri)) this.typing.schedule('edit', update); }),
    ];
  }

  update(): void {
    const inDiff = modifiedSides();
    for (const editor of vscode.window.visibleTextEditors) {
      const article = this.changes.articleFor(editor.document.uri);
      if (!article || !inDiff.has(editor.document.uri.toString())) {
        editor.setDecorations(this.type, []);
        continue;
      }
      const text = editor.document.getText();
      const byLine = new Map<number, string[]>();
      const offsets = changeOffsets(text, article.diff.changes);
      for (const [index, change] of article.diff.changes.entries()) {
        const line = editor.document.positionAt(offsets[index] ?? 0).line;
        byLine.set(line, [...(byLine.get(line) ?? []), changeLine(change)]);
      }
      editor.setDecorations(this.type, [...byLine].map(([line, lines]) => ({
        range: new vscode.Range(line, 0, line, 0),
        renderOptions: { after: { contentText: `\u2190 ${lines.join(' · ')}` } },
      })));
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
