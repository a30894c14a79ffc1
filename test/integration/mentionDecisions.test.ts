import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, waitFor, workspaceRoot } from './helpers';

interface Keybinding { command: string; key: string; when?: string }

/**
 * Presses keys the way a curator does: each key is looked up in the extension's keybindings
 * (scoped to corpus articles) and its command run. Counts the keystrokes: a chord is two.
 */
class Keyboard {
  strokes = 0;
  private readonly bindings = (extension().packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;

  async press(key: string): Promise<void> {
    const binding = this.bindings.find((candidate) => candidate.key === key);
    assert.ok(binding, `a keybinding for ${key}`);
    assert.match(binding.when ?? '', /editorLangId == corpus-article/u, `${key} works in corpus articles only`);
    this.strokes += key.split(' ').length;
    await vscode.commands.executeCommand(binding.command);
  }
}

const KEYS = {
  nextPending: 'ctrl+alt+]',
  accept: 'ctrl+alt+enter',
  reject: 'ctrl+alt+backspace',
  widenEnd: 'shift+alt+right',
  narrowEnd: 'shift+alt+left',
  narrowStart: 'ctrl+shift+alt+right',
} as const;

/** A new article in the workspace with the text of a seed as the repository has it (other suites curate the workspace's copies). */
async function copyOfSeed(seed: string, name: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', seed)));
  return uri;
}

function decisionLines(uri: vscode.Uri): string[] {
  const text = readFileSync(uri.fsPath, 'utf8');
  return (/^ {2}decisions:\n((?: {4}- .*\n)+)/mu.exec(text)?.[1] ?? '').trimEnd().split('\n').filter((line) => line !== '').map((line) => line.trim());
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n');
}

/** Offset of the nth (from 1) occurrence of `words` in the body (after the front matter, if any). */
function offsetOf(document: vscode.TextDocument, words: string, nth: number): number {
  const text = document.getText();
  let at = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  for (let i = 0; i < nth; i++) at = text.indexOf(words, i === 0 ? at : at + 1);
  assert.ok(at >= 0, `${words} #${nth}`);
  return at;
}

/** Seed 001 copied as `name` (listed in `created`, to be deleted) and opened, with the second mention of Эльвира Азимова rejected by its key. */
async function rejectSecondAzimova(name: string, created: vscode.Uri[]): Promise<{ uri: vscode.Uri; document: vscode.TextDocument }> {
  const uri = await copyOfSeed('001_eb5c65e7f4da4a69.txt', name);
  created.push(uri);
  const editor = await vscode.window.showTextDocument(uri);
  const { document } = editor;
  const second = offsetOf(document, 'Эльвира Азимова', 2);
  editor.selection = new vscode.Selection(document.positionAt(second + 2), document.positionAt(second + 2));
  await new Keyboard().press(KEYS.reject);
  return { uri, document };
}

async function pendingCount(uri: vscode.Uri): Promise<number> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  const top = lenses.map((lens) => lens.command?.title ?? '').find((title) => / pending · /u.test(title)) ?? '';
  return Number(/(\d+) pending/u.exec(top)?.[1] ?? NaN);
}

describe('Curating one mention at a time, from the keyboard', () => {
  const created: vscode.Uri[] = [];

  before(async () => {
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri);
  });

  it('rejects one mention while another mention of the same entity stays', async () => {
    const { uri, document } = await rejectSecondAzimova('zz_mention_reject.txt', created);
    assert.deepEqual(decisionLines(uri), ['- {reject: PER, name: Эльвира Азимова, mention: "правозащитных НПО [[Эльвира Азимова]] сообщила о реализации в", at: 2}']);
    assert.doesNotMatch(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 2) + 2), /Эльвира Азимова/u, 'that mention is no longer a tag');
    assert.match(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 1) + 2), /\*\*Person\*\* Эльвира Азимова/u, 'the first mention stays');
    assert.match(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 3) + 2), /\*\*Person\*\* Эльвира Азимова/u, 'the third mention stays');
    assert.match(readFileSync(uri.fsPath, 'utf8'), /^ {2}- \{name: Эльвира Азимова, id: kb:elvira-azimova, forms: \[Эльвира Азимова, Эльвирой Азимовой\], mentions: 4\}$/mu, 'one mention fewer in people');
  });

  it('shows a decision whose words were edited as stale at its line, applied to nothing, with quick fixes that put it on the words again or drop it', async () => {
    const { uri, document } = await rejectSecondAzimova('zz_mention_stale.txt', created);
    assert.equal(decisionLines(uri).length, 1);
    // The body is edited around the rejected mention: its recorded context is gone.
    const before = 'правозащитных НПО Эльвира Азимова сообщила';
    const at = document.getText().indexOf(before);
    assert.ok(at > 0, 'the words around the mention');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(at), document.positionAt(at + before.length)), 'правозащитных организаций Эльвира Азимова рассказала');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const stale = await waitFor(() => vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnostic.code === 'decision-stale'), 'a stale decision');
    assert.match(document.lineAt(stale.range.start.line).text, /^ {4}- \{reject: PER, name: Эльвира Азимова, mention: /u, 'shown at the decision\'s line');
    assert.match(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 2) + 2), /\*\*Person\*\* Эльвира Азимова/u, 'applied to no words: the mention is a tag again');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, stale.range);
    const titles = actions.map((action) => action.title).filter((title) => /decision/u.test(title));
    assert.deepEqual(titles, ['Put this decision on «Эльвира Азимова» (occurrence 2)', 'Drop this decision'], JSON.stringify(actions.map((action) => action.title)));
    const put = actions.find((action) => action.title === titles[0]);
    assert.ok(put?.edit && put.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(put.edit));
    await waitFor(() => (vscode.languages.getDiagnostics(uri).some((diagnostic) => diagnostic.code === 'decision-stale') ? undefined : true), 'the stale decision fixed');
    assert.doesNotMatch(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 2) + 2), /Эльвира Азимова/u, 'the decision applies to its mention again');
    assert.match(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 1) + 2), /\*\*Person\*\* Эльвира Азимова/u, 'and to no other');
    await document.save();
  });

  it('gives a malformed decision a located problem and applies the article\'s other decisions', async () => {
    const { uri, document } = await rejectSecondAzimova('zz_mention_malformed.txt', created);
    const line = document.getText().split('\n').findIndex((text) => /^ {4}- \{reject: PER/u.test(text));
    assert.ok(line > 0, 'the decision line');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, 0), '    - {frobnicate: PER, name: Эльвира Азимова}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const problem = await waitFor(() => vscode.languages.getDiagnostics(uri).find((diagnostic) => /a decision needs exactly one of accept, reject, correct, add, suggest/u.test(diagnostic.message)), 'the malformed decision\'s problem');
    assert.equal(problem.range.start.line, line, 'at the malformed line');
    assert.equal(problem.code, 'decision-malformed');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Warning, 'a warning: the article itself is fine');
    assert.doesNotMatch(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 2) + 2), /Эльвира Азимова/u, 'the well-formed rejection still applies');
    assert.match(await hoverAt(document, offsetOf(document, 'Эльвира Азимова', 1) + 2), /\*\*Person\*\* Эльвира Азимова/u, 'the other mentions stay');
    await document.save();
  });

  it('widens a span word by word with Shift+Alt+Right, and the selection follows the tag', async () => {
    const uri = await copyOfSeed('001_eb5c65e7f4da4a69.txt', 'zz_mention_widen.txt');
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    const { document } = editor;
    const at = offsetOf(document, 'Сегменте', 1);
    editor.selection = new vscode.Selection(document.positionAt(at + 1), document.positionAt(at + 1));
    await waitFor(async () => /Сегменте/u.test(await hoverAt(document, at + 1)), 'the tag on Сегменте');
    const keyboard = new Keyboard();
    for (let word = 0; word < 4; word++) await keyboard.press(KEYS.widenEnd);
    assert.equal(document.getText(editor.selection), 'Сегменте лидеров ООН высокого уровня');
    assert.deepEqual(decisionLines(uri), ['- {add: LOC, name: Сегменте лидеров ООН высокого уровня, mention: "также приняли участие в [[Сегменте лидеров ООН высокого уровня]]. Глава нашей делегации"}']);
    const hover = await hoverAt(document, document.offsetAt(editor.selection.start) + 1);
    assert.match(hover, /Canonical form: Сегменте лидеров ООН высокого уровня/u);
    assert.match(hover, /Source: curator/u);
    assert.match(hover, /Accepted · added by a curator/u);
    assert.equal(keyboard.strokes, 4);
  });

  it('accepts from the hover: the link decides on that mention and the cursor moves to the next pending tag', async () => {
    const uri = await copyOfSeed('002_dc49007d92890326.txt', 'zz_mention_hover.txt');
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    const { document } = editor;
    const hover = await waitFor(async () => { const found = await hoverAt(document, offsetOf(document, 'Люксембург', 1) + 2); return found.includes('command:corpusCurator.acceptTag') ? found : undefined; }, 'the hover of Люксембург');
    assert.match(hover, /\*\*Place\*\* Люксембург · `LOC`/u);
    assert.match(hover, /Canonical form: Люксембург/u);
    assert.match(hover, /Source: (?:model|rule|gazetteer|—)/u);
    assert.match(hover, /confidence: /u);
    const link = /\[[^\]]*Accept\]\(command:corpusCurator\.acceptTag\?([^ )]+)/u.exec(hover);
    assert.ok(link?.[1], 'an Accept link');
    const [argument] = JSON.parse(decodeURIComponent(link[1])) as [{ scope: string }];
    assert.equal(argument.scope, 'mention');
    assert.ok(/Reject\]\(command:corpusCurator\.rejectTag\?/u.test(hover) && /Change kind…\]\(command:corpusCurator\.changeTagKind\?/u.test(hover), 'Reject and Change kind links');
    await vscode.commands.executeCommand('corpusCurator.acceptTag', argument);
    assert.match(decisionLines(uri)[0] ?? '', /^- \{accept: LOC, name: Люксембург, mention: "[^"]*\[\[Люксембург\]\] и Брюссель[^"]*"\}$/u);
    assert.equal(decisionLines(uri).length, 1);
    assert.equal(document.getText(editor.selection), 'Брюссель', 'the cursor is on the next pending tag');
  });

  it('curates an article of about 20 tags (accept all but 5, reject 3, fix 2 spans) in at most 30 keystrokes, without the mouse', async () => {
    const uri = await copyOfSeed('004_df8d99c26602f3bf.txt', 'zz_keyboard_only.txt');
    created.push(uri);
    const editor = await vscode.window.showTextDocument(uri);
    const { document } = editor;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const total = await waitFor(async () => { const count = await pendingCount(uri); return count > 0 ? count : undefined; }, 'the pending tags');
    assert.ok(total >= 17 && total <= 23, `about 20 tags: ${total}`);
    const keyboard = new Keyboard();
    const done = { accepted: 0, rejected: 0, fixed: 0 };
    await keyboard.press(KEYS.nextPending);
    for (let step = 0; step < 2 * total && (await pendingCount(uri)) > 0; step++) {
      const words = document.getText(editor.selection);
      assert.ok(words !== '', 'the cursor is on a tag');
      if (done.fixed < 2 && /\s/u.test(words)) {
        // A span one word too wide: its last word leaves it, and the cursor moves on.
        await keyboard.press(KEYS.narrowEnd);
        assert.equal(document.getText(editor.selection), words.replace(/\s+\S+$/u, ''));
        await keyboard.press(KEYS.nextPending);
        done.fixed++;
      } else if (done.rejected < 3 && step % 4 === 1) {
        await keyboard.press(KEYS.reject);
        done.rejected++;
      } else {
        await keyboard.press(KEYS.accept);
        done.accepted++;
      }
    }
    assert.equal(await pendingCount(uri), 0, 'nothing left pending');
    assert.deepEqual(done, { accepted: total - 5, rejected: 3, fixed: 2 });
    // 1 key to the first tag, 1 per accepted or rejected tag, 2 per span fixed: 22 for 19 tags.
    assert.equal(keyboard.strokes, total + 3);
    assert.ok(keyboard.strokes <= 30, `${keyboard.strokes} keystrokes`);
    assert.equal(decisionLines(uri).length, total, 'one line per decision');
  });
});
