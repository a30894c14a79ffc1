import * as vscode from 'vscode';
import { acceptPending as pendingAcceptances, acceptPendingAndMarkReviewed } from '../../core/curation/markReviewed';
import type { Decision } from '../../core/curation/recordDecision';
import { setStatus } from '../../core/curation/setStatus';
import { LineIndex } from '../../core/text/lineIndex';
import { rangeOf } from '../common/convert';
import { applyPlans } from './applyPlans';
import { currentText, type EditPlan } from './planEdit';
import { fireDecisionsRecorded } from '../services/decisionsRecorded';
import { taggerFor } from '../services/workspaceTagger';

/**
 * Marks articles reviewed. With `acceptPending`, their pending tags are accepted in the same edit
 * of each front matter; otherwise only `status` changes.
 */
export async function markArticlesReviewed(uris: readonly vscode.Uri[], acceptPending: boolean): Promise<void> {
  const plans: Extract<EditPlan, { kind: 'edit' }>[] = [];
  const accepted = new Map<string, Decision[]>();
  for (const uri of uris) {
    const current = await currentText(uri);
    if (!('text' in current)) continue;
    if (acceptPending) accepted.set(uri.toString(), pendingAcceptances(current.text, uri.fsPath, taggerFor(uri)));
    const result = acceptPending ? acceptPendingAndMarkReviewed(current.text, uri.fsPath, taggerFor(uri)) : setStatus(current.text, uri.fsPath, 'reviewed', taggerFor(uri));
    if (result.status === 'changed') plans.push({ kind: 'edit', uri, range: rangeOf(new LineIndex(current.text), 0, result.editEnd), newText: result.replacement, basis: current.text });
    else if (result.status === 'skipped') void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not marked reviewed: {1}', uri.fsPath, result.problems[0]?.message ?? ''));
  }
  const outcome = await applyPlans(plans, plans.length > 1 ? 'auto' : 'never');
  // Accepted names are proposed across the corpus, as when they are accepted one by one.
  for (const uri of outcome.applied) fireDecisionsRecorded({ uri, decisions: accepted.get(uri.toString()) ?? [] });
}

/**
 * Mark as Reviewed when tags are still pending: a modal question, as VS Code asks before an
 * action that cannot be taken back in one step. Accept them all and mark, mark anyway, or cancel.
 * Returns whether to mark, and whether to accept the pending tags first.
 */
export async function askAboutPending(pending: number, articles: number): Promise<{ mark: boolean; acceptPending: boolean }> {
  if (pending === 0) return { mark: true, acceptPending: false };
  const acceptAll = vscode.l10n.t('Accept All and Mark Reviewed');
  const markAnyway = vscode.l10n.t('Mark Reviewed Anyway');
  const message = articles === 1
    ? (pending === 1 ? vscode.l10n.t('1 tag of this article is still pending.') : vscode.l10n.t('{0} tags of this article are still pending.', pending))
    : vscode.l10n.t('{0} tags of these {1} articles are still pending.', pending, articles);
  const detail = vscode.l10n.t('Accept them all, or mark the article reviewed and leave them pending.');
  const answer = await vscode.window.showWarningMessage(message, { modal: true, detail }, acceptAll, markAnyway);
  return { mark: answer === acceptAll || answer === markAnyway, acceptPending: answer === acceptAll };
}
