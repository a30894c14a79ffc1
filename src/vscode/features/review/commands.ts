import * as path from 'node:path';
import * as vscode from 'vscode';
import { changeOffset } from '../../../core/review/locate';
import { revertChange } from '../../../core/review/revert';
import { LineIndex } from '../../../core/text/lineIndex';
import { rangeOf } from '../../common/convert';
import { applyPlans } from '../../edits/applyPlans';
import { currentText } from '../../edits/planEdit';
import { taggerFor } from '../../services/workspaceTagger';
import { REVERT_CHANGE_COMMAND } from './changeLenses';
import { type ChangeNode, OPEN_CHANGES_COMMAND } from './changesTree';
import { gitApi } from './gitApi';
import type { Comparison, MetadataChanges, ReviewedArticle } from './metadataChanges';

export const REFRESH_COMMAND = 'corpusCurator.refreshMetadataChanges';
export const COMPARE_WITH_COMMAND = 'corpusCurator.compareMetadataWith';

export function comparisonLabel(comparison: Comparison): string {
  if (comparison.kind === 'staged') return vscode.l10n.t('Staged ↔ HEAD');
  if (comparison.kind === 'ref') return vscode.l10n.t('Working Tree ↔ {0}', comparison.ref);
  return vscode.l10n.t('Working Tree ↔ HEAD');
}

/** Opens VS Code's diff editor on the article (older version left), at the change when one is given. */
async function openChanges(node: ChangeNode): Promise<void> {
  const { article } = node;
  const api = await gitApi();
  if (!api) return;
  const name = path.basename(article.uri.fsPath);
  const left = api.toGitUri(article.uri, article.baseRef);
  const right = article.headRef === undefined ? article.uri : api.toGitUri(article.uri, article.headRef);
  if (article.diff.state === 'added') await vscode.window.showTextDocument(right);
  else if (article.diff.state === 'deleted') await vscode.window.showTextDocument(left);
  else {
    const side = article.headRef === undefined ? vscode.l10n.t('Working Tree') : vscode.l10n.t('Staged');
    await vscode.commands.executeCommand('vscode.diff', left, right, `${name} (${article.baseRef} ↔ ${side})`, { preview: true });
  }
  const editor = vscode.window.activeTextEditor;
  if (node.kind === 'change' && editor && editor.document.uri.toString() === right.toString()) {
    const position = editor.document.positionAt(changeOffset(editor.document.getText(), node.change));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

async function revert(node: ChangeNode | undefined, changes: MetadataChanges): Promise<void> {
  if (node?.kind !== 'change') return;
  const { uri } = node.article;
  const current = await currentText(uri);
  if ('problem' in current) {
    void vscode.window.showErrorMessage(current.problem.message);
    return;
  }
  const result = revertChange(current.text, uri.fsPath, node.change, taggerFor(uri));
  if (result.status === 'skipped') {
    void vscode.window.showErrorMessage(vscode.l10n.t('The change was not reverted: {0}', result.problems[0]?.message ?? ''));
    return;
  }
  if (result.status === 'changed') {
    const outcome = await applyPlans([{ kind: 'edit', uri, range: rangeOf(new LineIndex(current.text), 0, result.editEnd), newText: result.replacement, basis: current.text }], 'never');
    if (outcome.stale.length > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The article changed meanwhile; the change was not reverted. Try again.'));
      return;
    }
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
    if (document?.isDirty) await document.save();
  }
  await changes.refresh();
}

async function compareWith(changes: MetadataChanges): Promise<void> {
  const choices: (vscode.QuickPickItem & { comparison?: Comparison })[] = [
    { label: vscode.l10n.t('Working Tree ↔ HEAD'), comparison: { kind: 'workingTree' } },
    { label: vscode.l10n.t('Staged ↔ HEAD'), comparison: { kind: 'staged' } },
    { label: vscode.l10n.t('Working Tree ↔ a Commit or Branch…') },
  ];
  const picked = await vscode.window.showQuickPick(choices, { placeHolder: vscode.l10n.t('Compare the metadata of…') });
  if (!picked) return;
  if (picked.comparison) {
    await changes.setComparison(picked.comparison);
    return;
  }
  const ref = await vscode.window.showInputBox({ prompt: vscode.l10n.t('A commit, branch or tag to compare the working tree with'), value: 'HEAD~1' });
  if (ref) await changes.setComparison({ kind: 'ref', ref: ref.trim() });
}

export function registerReviewCommands(changes: MetadataChanges, reveal: (article: ReviewedArticle) => Thenable<void>): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(OPEN_CHANGES_COMMAND, async (target: ChangeNode | vscode.Uri) => {
      if (!(target instanceof vscode.Uri)) return openChanges(target);
      if (!changes.articleFor(target)) await changes.refresh();
      const article = changes.articleFor(target);
      if (!article) return;
      await openChanges({ kind: 'article', article });
      await reveal(article);
    }),
    vscode.commands.registerCommand(REVERT_CHANGE_COMMAND, (node?: ChangeNode) => revert(node, changes)),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => changes.refresh()),
    vscode.commands.registerCommand(COMPARE_WITH_COMMAND, async (comparison?: Comparison) => {
      if (comparison) await changes.setComparison(comparison);
      else await compareWith(changes);
    }),
  );
}
