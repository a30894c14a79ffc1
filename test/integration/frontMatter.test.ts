import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { seedUri, waitFor, workspaceRoot } from './helpers';

const SEEDS = ['000_a37ffc7efebda23c.txt', '001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt', '003_c55b704b24c84185.txt', '004_df8d99c26602f3bf.txt'];

function onDisk(uri: vscode.Uri): string {
  return readFileSync(uri.fsPath, 'utf8');
}

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Corpus Curator');
}

async function diagnosticsWhere(uri: vscode.Uri, what: string, predicate: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const diagnostics = ourDiagnostics(uri);
    return predicate(diagnostics) ? diagnostics : undefined;
  }, what);
}

async function replaceInEditor(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const start = text.indexOf(from);
  assert.ok(start >= 0, `'${from}' is in the document`);
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + from.length));
  assert.ok(await editor.edit((builder) => { builder.replace(range, to); }));
}

describe('Front matter in VS Code', () => {
  const originals = new Map<string, string>();

  before(async () => {
    for (const name of SEEDS) originals.set(name, onDisk(seedUri(name)));
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows an article without front matter as information, with a "Write front matter" quick fix', async () => {
    const uri = seedUri('000_a37ffc7efebda23c.txt');
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhere(uri, 'the no-front-matter diagnostic', (found) => found.some((d) => d.code === 'no-front-matter'));
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Information);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic?.range ?? new vscode.Range(0, 0, 0, 0));
    assert.ok(actions.some((action) => action.command?.command === 'corpusCurator.writeFrontMatter'), 'the quick fix runs the write command');
  });

  it('writes the active article to disk: front matter from the text, the body byte for byte, no problems left', async () => {
    const uri = seedUri('003_c55b704b24c84185.txt');
    const editor = await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('corpusCurator.writeFrontMatter');
    const text = onDisk(uri);
    assert.match(text, /^---\nid: '003_c55b704b24c84185'\ntitle: "Қазақстан БҰҰ алаңдарында: /u);
    assert.match(text, /^language: kk$/mu);
    assert.match(text, /^published: '2026-02-27'$/mu);
    assert.ok(text.endsWith(originals.get('003_c55b704b24c84185.txt') ?? '<missing>'), 'the body is the seed');
    assert.equal(editor.document.isDirty, false, 'saved, so git sees it');
    await diagnosticsWhere(uri, 'no problems', (found) => found.length === 0);
  });

  it('changes no byte when run again', async () => {
    const uri = seedUri('003_c55b704b24c84185.txt');
    const before = onDisk(uri);
    await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', uri);
    assert.equal(onDisk(uri), before);
  });

  it('names boilerplate by its lines in the file, and the editor shows those lines as boilerplate', async () => {
    const uri = seedUri('003_c55b704b24c84185.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    const entries = [...document.getText().matchAll(/^ {2}- \{lines: \[(\d+), (\d+)\], reason: ([\w-]+)\}$/gmu)];
    assert.ok(entries.length >= 3, 'the front matter lists boilerplate');
    for (const [, first, , reason] of entries) {
      const line = Number(first) - 1;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 1));
      const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n');
      assert.ok(text.includes(`Boilerplate (${reason ?? ''})`), `line ${first} (“${document.lineAt(line).text.slice(0, 40)}”) shows as ${reason ?? ''}: ${text}`);
    }
  });

  it('folds the front matter as one region, folded when the article is opened', async () => {
    const uri = seedUri('003_c55b704b24c84185.txt');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await vscode.workspace.openTextDocument(uri);
    const closing = [...Array(document.lineCount).keys()].filter((line) => document.lineAt(line).text === '---')[1] ?? -1;
    assert.ok(closing > 10, 'the article has front matter');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    assert.ok(ranges.some((range) => range.start === 0 && range.end === closing), JSON.stringify(ranges));
    const editor = await vscode.window.showTextDocument(document);
    // Folded: the editor shows the opening fence, then the body; no line of the YAML in between.
    const foldedIn = (shown: vscode.TextEditor): true | undefined => (shown.visibleRanges.length > 0 && shown.visibleRanges.every((range) => !range.contains(new vscode.Position(1, 0)) || range.start.line > 1) && shown.visibleRanges.some((range) => range.contains(new vscode.Position(closing + 1, 0))) ? true : undefined);
    await waitFor(() => foldedIn(editor), 'the front matter to fold');
    // Closed and opened again at once (VS Code has not closed the document yet): folded again.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const again = await vscode.window.showTextDocument(document);
    await waitFor(() => foldedIn(again), 'the front matter to fold when the article is opened again');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports a bad date at its key while the curator types, and clears when it is undone', async () => {
    const uri = seedUri('003_c55b704b24c84185.txt');
    const editor = await vscode.window.showTextDocument(uri);
    await replaceInEditor(editor, "published: '2026-02-27'", "published: '2024-13-01'");
    const [problem] = await diagnosticsWhere(uri, 'the bad date', (found) => found.length > 0);
    assert.equal(problem?.message, "published: '2024-13-01' is not a date (month 13)");
    assert.equal(problem?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.lineAt(problem?.range.start.line ?? 0).text, "published: '2024-13-01'");
    assert.equal(problem?.range.start.character, 0);
    await vscode.commands.executeCommand('undo');
    await diagnosticsWhere(uri, 'the problem to clear', (found) => found.length === 0);
    assert.equal(editor.document.isDirty, false);
  });

  it('fixes a wrongly cased language with a quick fix', async () => {
    const uri = seedUri('003_c55b704b24c84185.txt');
    const editor = await vscode.window.showTextDocument(uri);
    await replaceInEditor(editor, 'language: kk', 'language: KK');
    const [problem] = await diagnosticsWhere(uri, 'the enum problem', (found) => found.length > 0);
    assert.equal(problem?.message, "language: 'KK' is not one of kk, ru, az");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, problem?.range);
    const fix = actions.find((action) => action.title === "Change to 'kk'");
    assert.ok(fix?.edit, 'a quick fix with an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /^language: kk$/mu);
    await diagnosticsWhere(uri, 'the problem to clear', (found) => found.length === 0);
    await editor.document.save();
  });

  it('writes every article with one command, and a re-run changes nothing', async () => {
    await vscode.commands.executeCommand('corpusCurator.writeFrontMatterAll');
    const first = new Map(SEEDS.map((name) => [name, onDisk(seedUri(name))]));
    for (const [name, text] of first) {
      assert.match(text, /^---\n/u, `${name} has front matter`);
      assert.match(text, /^language: (?:kk|ru|az)$/mu, `${name} has a language`);
      assert.ok(text.endsWith(originals.get(name) ?? '<missing>'), `${name} keeps its body`);
    }
    await vscode.commands.executeCommand('corpusCurator.writeFrontMatterAll');
    for (const [name, text] of first) assert.equal(onDisk(seedUri(name)), text, `${name} unchanged by the re-run`);
  });

  it('leaves a malformed front matter untouched and reports where it breaks', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_malformed.txt');
    const content = '---\nid: zz_malformed\ntitle: "never closed\nlanguage: ru\n---\nТекст статьи.\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
    try {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', uri);
      assert.equal(onDisk(uri), content);
      const [problem] = await diagnosticsWhere(uri, 'the YAML error', (found) => found.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
      assert.match(typeof problem?.code === 'string' ? problem.code : '', /^yaml-/u);
      assert.ok((problem?.range.start.line ?? 0) >= 2, `reported on line ${(problem?.range.start.line ?? 0) + 1}`);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await diagnosticsWhere(uri, 'the deleted article to have no problems', (found) => found.length === 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('respects an unsaved editor: the front matter joins the unsaved text and the disk keeps the saved one', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_unsaved.txt');
    const saved = 'Заголовок статьи о правах человека\n\nТекст статьи.\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(saved, 'utf8'));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      assert.ok(await editor.edit((builder) => { builder.insert(editor.document.positionAt(saved.length), 'Новый абзац.\n'); }));
      await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', uri);
      assert.equal(editor.document.isDirty, true);
      assert.match(editor.document.getText(), /^---\nid: 'zz_unsaved'\n[\s\S]*---\nЗаголовок статьи о правах человека\n\nТекст статьи.\nНовый абзац.\n$/u);
      assert.equal(onDisk(uri), saved);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
