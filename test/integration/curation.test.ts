import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { seedUri, waitFor, workspaceRoot } from './helpers';

const ARTICLE = '002_dc49007d92890326.txt';

async function lenses(uri: vscode.Uri): Promise<{ line: number; title: string }[]> {
  const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return found.map((lens) => ({ line: lens.range.start.line, title: lens.command?.title ?? '' }));
}

async function lensesWhere(uri: vscode.Uri, what: string, predicate: (found: { line: number; title: string }[]) => boolean): Promise<{ line: number; title: string }[]> {
  return waitFor(async () => {
    const found = await lenses(uri);
    return predicate(found) ? found : undefined;
  }, what);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n');
}

function lineOf(document: vscode.TextDocument, startsWith: string): number {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.startsWith(startsWith)) return line;
  throw new Error(`no line starts with ${startsWith}`);
}

describe('Curating tags in the editor', () => {
  const uri = seedUri(ARTICLE);

  before(async () => {
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the article state at the top and a summary of tags above each paragraph', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const found = await lensesWhere(uri, 'the lenses', (all) => all.length > 3);
    const top = found.filter((lens) => lens.line === 0).map((lens) => lens.title);
    assert.match(top[0] ?? '', /^ru · \d+ pending · 0 accepted · 0 problems$/u);
    assert.deepEqual(top.slice(1, 3), ['Accept all', 'Write front matter']);
    assert.equal(top[3], '1 organisation, 1 place · Казахстан, Европейский союз', 'the headline is the first paragraph');
    const visit = found.find((lens) => lens.line === lineOf(document, 'Состоялся четырехдневный визит'));
    assert.ok(visit, 'a lens above the paragraph of the visit');
    // Counted by kind in words, then the first names in reading order, cut between words; the pick behind it lists every tag.
    assert.equal(visit.title, '2 people, 4 organisations, 2 places · Уполномоченный по…');
    assert.ok(visit.title.length <= 60, `fits a lens line: ${visit.title} (${visit.title.length})`);
    assert.doesNotMatch(found.map((lens) => lens.title).join('\n'), /\b(?:PER|ORG|LOC|EVENT|DATE)\b/u, 'no bare kind codes on the lenses');
    assert.ok(!found.some((lens) => lens.line === lineOf(document, '2789')), 'no lens on boilerplate');
  });

  it('hovers a tag with its kind, canonical name and state', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf('Эльвиры Азимовой') + 3;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset));
    const text = hoverText(hovers);
    assert.match(text, /^\*\*Person\*\* Эльвира Азимова · `PER`/mu);
    assert.match(text, /Pending review/u);
    const place = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(document.getText().indexOf('Брюсселе') + 2));
    const placeText = hoverText(place);
    assert.match(placeText, /\[Q239\]\(https:\/\/www\.wikidata\.org\/wiki\/Q239\)/u);
  });

  it('picks a paragraph\'s tags from its lens: the cursor moves to each, Escape puts it back, choosing one keeps it there', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const line = lineOf(editor.document, 'Состоялся четырехдневный визит');
    const lens = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)).find((found) => found.range.start.line === line);
    assert.equal(lens?.command?.command, 'corpusCurator.pickParagraphTag');
    assert.match(lens.command.tooltip ?? '', /^Уполномоченный по правам человека в Республике Казахстан — Organisation \(ORG\)$/mu, 'the tooltip lists each tag with its kind in words and code');
    const start = new vscode.Position(0, 0);
    editor.selection = new vscode.Selection(start, start);
    const selected = (): string => editor.document.getText(editor.selection);
    const run = (command: vscode.Command | undefined = lens.command): { done: Promise<unknown>; settled: () => boolean } => {
      let settled = false;
      const done = Promise.resolve(vscode.commands.executeCommand(command?.command ?? '', ...((command?.arguments ?? []) as unknown[]))).finally(() => { settled = true; });
      return { done, settled: () => settled };
    };
    const settle = async (pick: { done: Promise<unknown>; settled: () => boolean }): Promise<void> => {
      await waitFor(async () => {
        if (pick.settled()) return true;
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return undefined;
      }, 'the pick to close');
      await pick.done;
    };
    // Escape: the cursor goes back where it was.
    const browsing = run();
    await waitFor(() => (selected().startsWith('Уполномоченн') ? true : undefined), 'the cursor on the first tag of the paragraph');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    const second = 'Эльвиры Азимовой';
    await waitFor(() => (selected() === second ? true : undefined), 'the cursor on the second tag');
    await settle(browsing);
    assert.ok(editor.selection.isEmpty && editor.selection.start.isEqual(start), 'Escape puts the cursor back');
    // Choosing the second tag leaves the cursor on it and offers its actions.
    const before = readFileSync(uri.fsPath, 'utf8');
    const choosing = run();
    await waitFor(() => (selected().startsWith('Уполномоченн') ? true : undefined), 'the cursor on the first tag again');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor(() => (selected() === second ? true : undefined), 'the cursor on the second tag again');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await settle(choosing);
    assert.equal(selected(), second, 'the chosen tag stays selected');
    assert.equal(readFileSync(uri.fsPath, 'utf8'), before, 'dismissing its actions decides nothing');
    // The top lens's pick of the whole article moves the cursor the same way.
    const top = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)).find((found) => found.command?.command === 'corpusCurator.showArticleTags');
    editor.selection = new vscode.Selection(start, start);
    const article = run(top?.command);
    await waitFor(() => (selected() === 'Казахстан' ? true : undefined), 'the cursor on the first tag of the article');
    await settle(article);
    assert.ok(editor.selection.isEmpty && editor.selection.start.isEqual(start), 'Escape puts the cursor back');
  });

  it('moves between pending tags with the keyboard commands', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const start = new vscode.Position(0, 0);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('corpusCurator.nextPendingTag');
    assert.equal(editor.document.getText(editor.selection), 'Казахстан');
    await vscode.commands.executeCommand('corpusCurator.nextPendingTag');
    assert.equal(editor.document.getText(editor.selection), 'Евросоюз');
    await vscode.commands.executeCommand('corpusCurator.previousPendingTag');
    assert.equal(editor.document.getText(editor.selection), 'Казахстан');
  });

  it('accepts a tag: the decision lands in the front matter and the lens marks it', async () => {
    await vscode.commands.executeCommand('corpusCurator.acceptTag', { uri: uri.toString(), kind: 'PER', name: 'Эльвира Азимова' });
    const onDisk = readFileSync(uri.fsPath, 'utf8');
    // The decision format changed on 2026-11-30: `decisions`, one `{verb: KIND, name}` a line.
    assert.match(onDisk, /^curation:\n {2}decisions:\n {4}- \{accept: PER, name: Эльвира Азимова\}$/mu);
    assert.ok(onDisk.endsWith(readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', ARTICLE), 'utf8')), 'the body is unchanged');
    await lensesWhere(uri, 'the accepted mark', (all) => all.some((lens) => lens.title.includes('✓ Эльвира Азимова')));
  });

  it('accepts the tag under the cursor: that mention, recorded with its words in context', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const offset = editor.document.getText().indexOf('Люксембург и Брюссель') + 2;
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    await vscode.commands.executeCommand('corpusCurator.acceptTag');
    assert.match(readFileSync(uri.fsPath, 'utf8'), /^ {4}- \{accept: LOC, name: Люксембург, mention: "[^"]*\[\[Люксембург\]\] и Брюссель[^"]*"\}$/mu);
  });

  it('rejects a tag: its lens is gone, and stays gone after Write Front Matter', async () => {
    await vscode.commands.executeCommand('corpusCurator.rejectTag', { uri: uri.toString(), kind: 'ORG', name: 'Казинформ' });
    assert.match(readFileSync(uri.fsPath, 'utf8'), /^ {4}- \{reject: ORG, name: Казинформ\}$/mu);
    await lensesWhere(uri, 'Казинформ to disappear', (all) => !all.some((lens) => lens.title.includes('Казинформ')));
    await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', uri);
    const organizations = /^organizations:\n((?: {2}- .*\n)+)/mu.exec(readFileSync(uri.fsPath, 'utf8'))?.[1] ?? '';
    assert.ok(organizations.includes('Хартия за права человека'));
    assert.ok(!organizations.includes('Казинформ'), 'the rejected organisation is not written');
    assert.ok(!(await lenses(uri)).some((lens) => lens.title.includes('Казинформ')));
  });

  it('adds a name to the workspace gazetteer, which then tags it everywhere', async () => {
    await vscode.commands.executeCommand('corpusCurator.addTagToGazetteer', { uri: uri.toString(), kind: 'PER', name: 'Тери Хакала', text: 'Тери Хакала' });
    const file = path.join(workspaceRoot().fsPath, '.corpus', 'gazetteer.yaml');
    await waitFor(() => existsSync(file), 'the gazetteer file');
    assert.match(readFileSync(file, 'utf8'), /^ {2}- kind: PER\n {4}names:\n {6}ru: Тери Хакала$/mu);
  });

  it('shows the problems of the workspace gazetteer in the Problems panel as the curator types', async () => {
    const file = vscode.Uri.file(path.join(workspaceRoot().fsPath, '.corpus', 'gazetteer.yaml'));
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(file, document.positionAt(document.getText().length), '  - kind: PERSON\n    names: {ru: Никто}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(file).find((found) => found.code === 'gazetteer-entry'), 'the gazetteer problem');
      assert.match(diagnostic.message, /^entities\[\d+\]: needs a kind \(PER, ORG, LOC, EVENT\) and at least one name; skipped$/u);
      assert.equal(document.lineAt(diagnostic.range.start.line).text, '  - kind: PERSON');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor(() => (vscode.languages.getDiagnostics(file).length === 0 ? true : undefined), 'the problem to go when the edit is reverted');
  });
});
