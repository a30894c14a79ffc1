import * as vscode from 'vscode';
import { LineIndex } from '../../core/text/lineIndex';
import { restorePlaces, takePlaces } from './keepPlace';
import { describe, type EditPlan, isStillCurrent } from './planEdit';
import { frontMatterChanges } from '../../core/metadata/frontMatterChanges';

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
  for (const plan of current) addPlan(edit, plan, needsConfirmation);
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


const SUMMARY_MAX = 160;

function shortened(summary: string): string {
  return summary.length <= SUMMARY_MAX ? summary : `${summary.slice(0, summary.lastIndexOf(' · ', SUMMARY_MAX))} · …`;
}

/**
 * Adds one article's front matter to the edit. In the refactor preview an existing front matter
 * changes one run of lines per entry, each read as one line (`+ people: Эльвира Азимова`); a change
 * that takes a name out always needs confirmation and says so. A new front matter is one entry.
 */
function addPlan(edit: vscode.WorkspaceEdit, plan: Extract<EditPlan, { kind: 'edit' }>, preview: boolean): void {
  const file = describe(plan.uri);
  const index = new LineIndex(plan.basis);
  const oldBlock = plan.basis.slice(0, index.offsetAt(plan.range.end));
  if (!preview || oldBlock === '') {
    const summary = shortened(frontMatterChanges('', plan.newText).map((change) => change.summary).join(' · '));
    edit.replace(plan.uri, plan.range, plan.newText, { label: vscode.l10n.t('New front matter, to review (setting corpusCurator.frontMatter.preview)'), description: `${file}: ${summary}`, needsConfirmation: preview });
    return;
  }
  const first = plan.range.start.line;
  for (const change of frontMatterChanges(oldBlock, plan.newText)) {
    const range = new vscode.Range(first + change.fromLine, 0, first + change.toLine, 0);
    const text = change.newLines.map((line) => `${line}\n`).join('');
    const removes = change.removedNames.length > 0;
    edit.replace(plan.uri, range, text, {
      label: removes ? vscode.l10n.t('Removes names from the front matter: check them') : vscode.l10n.t('Updates the front matter, to review (setting corpusCurator.frontMatter.preview)'),
      description: `${file}: ${shortened(change.summary)}`,
      needsConfirmation: true,
    });
  }
}
