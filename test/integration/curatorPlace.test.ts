import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceRoot } from './helpers';

/** The first line the editor shows, once the view has settled where `settled` says. */
async function topLine(editor: vscode.TextEditor, settled: (line: number) => boolean, what: string): Promise<number> {
  return waitFor(() => {
    const line = editor.visibleRanges[0]?.start.line;
    return line !== undefined && settled(line) ? line : undefined;
  }, what).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the editor shows from line ${String(editor.visibleRanges[0]?.start.line)}`);
  });
}

describe('The curator\'s place', () => {
  const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_place_article.txt');

  before(async () => {
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), '001_eb5c65e7f4da4a69.txt')));
    assert.ok(!text.startsWith('---'), 'an article without front matter');
    // Twice, so that the paragraph the curator reads can be scrolled to the top of the editor.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\n${text}`));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
  });

  it('keeps the line at the top, the selection and the text in view when the first decision writes front matter above it', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const { document } = editor;
    const linesBefore = document.lineCount;
    const reading = 5;
    editor.revealRange(new vscode.Range(reading, 0, reading, 0), vscode.TextEditorRevealType.AtTop);
    // Lenses above the paragraphs come and go as the editor renders: wait for the view to settle.
    let previous = -1;
    const top = await topLine(editor, (line) => { const settled = line > 0 && line === previous; previous = line; return settled; }, 'the curator to scroll down to a paragraph');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(editor.visibleRanges[0]?.start.line, top, 'the view settled');
    const name = document.lineAt(reading).text.indexOf('Эльвира Азимова');
    editor.selection = new vscode.Selection(reading, name, reading, name + 'Эльвира Азимова'.length);

    await vscode.commands.executeCommand('corpusCurator.acceptTag', { uri: uri.toString(), kind: 'PER', name: 'Жанат Эрнст' });
    assert.ok(document.getText().startsWith('---\n'), 'the decision wrote front matter');
    const inserted = document.lineCount - linesBefore;
    assert.ok(inserted > 5, `front matter of ${inserted} lines`);

    await topLine(editor, (line) => line === top + inserted, `the same paragraph at the top (line ${top + inserted})`);
    assert.equal(document.getText(editor.selection), 'Эльвира Азимова');
    assert.equal(editor.selection.start.line, reading + inserted);
  });
});
