import * as vscode from 'vscode';
import type { Decision } from '../../core/curation/recordDecision';

/** Decisions a curator recorded in an article, once they are in its front matter. */
export interface RecordedDecisions { uri: vscode.Uri; decisions: readonly Decision[] }

const recorded = new vscode.EventEmitter<RecordedDecisions>();

/** Fires after each recorded batch of decisions (a lens, a key, Tag Selection, Accept All). */
export const onDidRecordDecisions = recorded.event;

export function fireDecisionsRecorded(event: RecordedDecisions): void {
  recorded.fire(event);
}
