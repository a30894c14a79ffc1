import * as path from 'node:path';
import * as vscode from 'vscode';
import { decodeArticle, describeDecodeFailure, isDecodeFailure } from '../../core/article/decode';
import { writeArticle } from '../../core/metadata/writeArticle';
import type { Problem } from '../../core/problems';
import { LineIndex } from '../../core/text/lineIndex';
import { rangeOf } from '../common/convert';
import { taggerFor } from '../services/workspaceTagger';

/** What writing one article's front matter would do, computed from the text the curator sees. */
export type EditPlan =
  | { kind: 'edit'; uri: vscode.Uri; range: vscode.Range; newText: string; basis: string }
  | { kind: 'unchanged'; uri: vscode.Uri }
  | { kind: 'skipped'; uri: vscode.Uri; problems: Problem[]; text: string };

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

/** The text VS Code has for the article: the editor's (saved or not) when open, else the file's. */
export async function currentText(uri: vscode.Uri): Promise<{ text: string } | { problem: Problem }> {
  const open = openDocument(uri);
  if (open) return { text: open.getText() };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { problem: { severity: 'error', code: 'unreadable', message: `cannot read the article: ${error instanceof Error ? error.message : String(error)}`, start: 0, end: 0 } };
  }
  const decoded = decodeArticle(bytes);
  if (isDecodeFailure(decoded)) {
    return { problem: { severity: 'error', code: decoded.code, message: describeDecodeFailure(decoded), start: 0, end: 0 } };
  }
  return { text: decoded.text };
}

export async function planEdit(uri: vscode.Uri): Promise<EditPlan> {
  const current = await currentText(uri);
  if ('problem' in current) return { kind: 'skipped', uri, problems: [current.problem], text: '' };
  const { text } = current;
  const result = writeArticle(text, uri.fsPath, taggerFor(uri));
  if (result.status === 'skipped') return { kind: 'skipped', uri, problems: result.problems, text };
  if (result.status === 'unchanged') return { kind: 'unchanged', uri };
  return { kind: 'edit', uri, range: rangeOf(new LineIndex(text), 0, result.editEnd), newText: result.replacement, basis: text };
}

/** True when the article still holds the text the plan was computed from (no edit or save since). */
export async function isStillCurrent(plan: Extract<EditPlan, { kind: 'edit' }>): Promise<boolean> {
  const now = await currentText(plan.uri);
  return 'text' in now && now.text === plan.basis;
}

export function describe(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false) || path.basename(uri.fsPath);
}
