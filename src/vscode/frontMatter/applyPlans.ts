import * as vscode from 'vscode';
import { LineIndex } from '../../core/text/lineIndex';
import { restorePlaces, takePlaces } from './keepPlace';
import { describe, type EditPlan, isStillCurrent } from './planEdit';

export type PreviewSetting = 'auto' | 'always' | 'never';

export interface ApplyOutcome {
  applied: vscode.Uri[];
  /** Changed in an editor or on disk while the plan was made: left alone. */
  stale: vscode.Uri[];
  declined: boolean;
}

/**
 * Applies front-matter edits as one undoable WorkspaceEdit. With more than one file (or when the
 * setting says so) every entry needs confirmation, so VS Code's refactor preview shows each diff
 * first. Articles that were not dirty are saved afterwards, so the change is on disk for git;
 * an article with unsaved changes stays unsaved, with the front matter added to its buffer.
 */
export async function applyPlans(plans: readonly Extract<EditPlan, { kind: 'edit' }>[], preview: PreviewSetting): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: [], stale: [], declined: false };
  const current: Extract<EditPlan, { kind: 'edit' }>[] = [];
  for (const plan of plans) {
    if (await isStillCurrent(plan)) current.push(plan);
    else outcome.stale.push(plan.uri);
  }
  if (current.length === 0) return outcome;
  const needsConfirmation = preview === 'always' || (preview === 'auto' && current.length > 1);
  const edit = new vscode.WorkspaceEdit();
  for (const plan of current) {
    edit.replace(plan.uri, plan.range, plan.newText, {
      label: vscode.l10n.t('Write front matter'),
      description: describe(plan.uri),
      needsConfirmation,
    });
  }
  const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.toString()));
  const places = takePlaces(current.map((plan) => ({ uri: plan.uri, start: new LineIndex(plan.basis).offsetAt(plan.range.start), end: new LineIndex(plan.basis).offsetAt(plan.range.end), length: plan.newText.length })));
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
    outcome.declined = true;
    return outcome;
  }
  for (const plan of current) {
    // openTextDocument waits for the document the edit opened to reach this extension host;
    // `workspace.textDocuments` may not list it yet.
    const document = await vscode.workspace.openTextDocument(plan.uri);
    if (document.getText() === plan.basis) continue; // left unticked in the preview
    // VS Code saves files the edit had to open itself; an article that was open and clean is saved here.
    if (document.isDirty && !dirtyBefore.has(plan.uri.toString())) await document.save();
    outcome.applied.push(plan.uri);
  }
  // The view follows on its own time: the command does not wait for the editor to scroll.
  void restorePlaces(places);
  return outcome;
}

