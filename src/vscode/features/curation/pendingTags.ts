import * as vscode from 'vscode';
import { selectTag } from './tagPick';
import type { TagState } from './tagState';

/**
 * Selects the first pending tag at or after `offset` (wrapping round to the first of the article),
 * as the cursor moves on after a decision. Says so in the status bar when none is left.
 */
export async function moveToPending(state: TagState, document: vscode.TextDocument, offset: number): Promise<void> {
  const pending = (state.tagsOf(document)?.tags ?? []).filter((tag) => tag.status === 'pending');
  const next = pending.find((tag) => tag.start >= offset) ?? pending[0];
  if (next) await selectTag(document, next);
  else void vscode.window.setStatusBarMessage(vscode.l10n.t('No pending tags in this article.'), 3000);
}
