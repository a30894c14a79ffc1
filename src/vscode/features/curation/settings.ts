import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../common/settings';
import { SPAN_KINDS, type SpanKind } from '../../../core/kinds';

export const ALL_KINDS: readonly SpanKind[] = SPAN_KINDS;

export function lensesEnabled(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('tags.codeLens', true);
}

export function decorationsEnabled(): boolean {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('tags.decorations', true);
}

/** The kinds the curator chose to see (setting corpusCurator.tags.kinds). */
export function shownKinds(): ReadonlySet<SpanKind> {
  const kinds = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string[]>('tags.kinds', [...ALL_KINDS]);
  return new Set(ALL_KINDS.filter((kind) => kinds.includes(kind)));
}
