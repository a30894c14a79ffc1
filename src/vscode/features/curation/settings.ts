import * as vscode from 'vscode';
import type { SpanKind } from '../../../core/tagging/types';
import { SETTINGS_SECTION } from '../../common/settings';

export const ALL_KINDS: readonly SpanKind[] = ['PER', 'ORG', 'LOC', 'EVENT', 'DATE'];

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
