import * as vscode from 'vscode';
import { type Decision, recordDecisions } from '../../../core/curation/recordDecision';
import { LineIndex } from '../../../core/text/lineIndex';
import { rangeOf } from '../../common/convert';
import { applyPlans } from '../../edits/applyPlans';
import { currentText } from '../../edits/planEdit';
import { taggerFor } from '../../services/workspaceTagger';
import { fireDecisionsRecorded } from '../../services/decisionsRecorded';

/** Records decisions in an article's front matter as one undoable edit (unsaved editors stay unsaved). */
export async function applyDecisions(uri: vscode.Uri, decisions: readonly Decision[]): Promise<boolean> {
  const current = await currentText(uri);
  if ('problem' in current) {
    void vscode.window.showErrorMessage(current.problem.message);
    return false;
  }
  const result = recordDecisions(current.text, uri.fsPath, decisions, taggerFor(uri));
  if (result.status === 'skipped') {
    const first = result.problems[0];
    void vscode.window.showErrorMessage(vscode.l10n.t('The decision was not recorded: {0}', first?.message ?? ''));
    return false;
  }
  if (result.status === 'unchanged') {
    fireDecisionsRecorded({ uri, decisions });
    return true;
  }
  const outcome = await applyPlans([{ kind: 'edit', uri, range: rangeOf(new LineIndex(current.text), 0, result.editEnd), newText: result.replacement, basis: current.text }], 'never');
  if (outcome.stale.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('The article changed meanwhile; the decision was not recorded. Try again.'));
  if (outcome.applied.length === 0) return false;
  fireDecisionsRecorded({ uri, decisions });
  return true;
}
