import * as vscode from 'vscode';

/** Where a curator is in an editor: the first visible line and the selections, as UTF-16 offsets of the text. */
interface Place { editor: vscode.TextEditor; version: number; top: number; selections: { anchor: number; active: number }[] }

/** An edit about to replace [start, end) of a document with `length` code units. */
export interface PendingEdit { uri: vscode.Uri; start: number; end: number; length: number }

/** The places of the visible editors that show the edited documents, taken before the edits. */
export function takePlaces(edits: readonly PendingEdit[]): { edit: PendingEdit; place: Place }[] {
  return vscode.window.visibleTextEditors.flatMap((editor) => {
    const edit = edits.find((candidate) => candidate.uri.toString() === editor.document.uri.toString());
    const visible = editor.visibleRanges[0];
    if (!edit || !visible) return [];
    const { document } = editor;
    const top = document.offsetAt(new vscode.Position(visible.start.line, 0));
    const selections = editor.selections.map((selection) => ({ anchor: document.offsetAt(selection.anchor), active: document.offsetAt(selection.active) }));
    return [{ edit, place: { editor, version: document.version, top, selections } }];
  });
}

/**
 * Puts each editor back where the curator was once front matter above the text grew or shrank:
 * the same line at the top, the same text selected (the lens above it stays in view). Offsets in
 * the edited range itself stay where they were.
 */
export async function restorePlaces(places: readonly { edit: PendingEdit; place: Place }[]): Promise<void> {
  for (const { edit, place } of places) {
    const { editor } = place;
    const shift = (offset: number): number => (offset >= edit.end ? offset + edit.length - (edit.end - edit.start) : Math.min(offset, edit.start + edit.length));
    const { document } = editor;
    if (document.isClosed || document.version === place.version) continue; // not edited (left unticked in a preview)
    editor.selections = place.selections.map((selection) => new vscode.Selection(document.positionAt(shift(selection.anchor)), document.positionAt(shift(selection.active))));
    await showAtTop(editor, document.positionAt(shift(place.top)).line);
  }
}

const POLL_MS = 50;
const SETTLE_LIMIT_MS = 2500;
/** Lenses are fetched again a few hundred milliseconds after an edit and may move the view once more. */
const STEADY_POLLS = 8;

/** The first line the editor shows once its view stops moving (lenses and scrolling settle). */
async function settledTopLine(editor: vscode.TextEditor): Promise<number | undefined> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let last: number | undefined;
  let steady = 0;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const top = editor.visibleRanges[0]?.start.line;
    steady = top === last ? steady + 1 : 0;
    last = top;
    if (steady >= STEADY_POLLS) break;
  }
  return last;
}

/**
 * Scrolls so that `line` is the first line shown. Revealing a line "at the top" leaves some
 * context above it (the lens above a paragraph), so the reveal is corrected by what the editor
 * then shows.
 */
/** The latest restore of each editor: an older one stops when a newer decision moves the text again. */
const latest = new WeakMap<vscode.TextEditor, number>();
let restores = 0;

async function showAtTop(editor: vscode.TextEditor, line: number): Promise<void> {
  const restore = ++restores;
  latest.set(editor, restore);
  let reveal = line;
  for (let round = 0; round < 3; round++) {
    editor.revealRange(new vscode.Range(reveal, 0, reveal, 0), vscode.TextEditorRevealType.AtTop);
    const top = await settledTopLine(editor);
    if (latest.get(editor) !== restore || top === undefined || top === line || editor.document.isClosed) return;
    reveal = Math.min(editor.document.lineCount - 1, Math.max(0, reveal + line - top));
  }
}
