import * as vscode from 'vscode';
import { changeLine, summaryLine } from '../../../core/review/describe';
import { changeOffsets } from '../../../core/review/locate';
import { isRevertible } from '../../../core/review/revert';
import type { MetadataChanges } from './metadataChanges';

export const REVERT_CHANGE_COMMAND = 'corpusCurator.revertMetadataChange';

function inDiffEditor(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === key));
}

/**
 * The semantic lines of an article's changes, as lenses on the lines they concern, while the
 * article is open in a diff editor: a summary at the top, each change with *Revert This Change*.
 */
export class MetadataChangeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: { dispose(): unknown }[];

  constructor(private readonly changes: MetadataChanges) {
    this.subscriptions = [this.changed, changes.onDidChange(() => { this.changed.fire(); }), vscode.window.tabGroups.onDidChangeTabs(() => { this.changed.fire(); })];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const article = this.changes.articleFor(document.uri);
    if (!article || !inDiffEditor(document.uri)) return [];
    const text = document.getText();
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [new vscode.CodeLens(top, { title: vscode.l10n.t('Metadata changes since {0}: {1}', article.baseRef, summaryLine(article.diff)), command: '' })];
    const offsets = changeOffsets(text, article.diff.changes);
    for (const [index, change] of article.diff.changes.entries()) {
      const line = document.positionAt(offsets[index] ?? 0).line;
      const range = new vscode.Range(line, 0, line, 0);
      lenses.push(new vscode.CodeLens(range, { title: changeLine(change), command: '' }));
      if (isRevertible(change) && article.headRef === undefined) {
        lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Revert This Change'), command: REVERT_CHANGE_COMMAND, arguments: [{ kind: 'change', article, change }] }));
      }
    }
    return lenses;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
