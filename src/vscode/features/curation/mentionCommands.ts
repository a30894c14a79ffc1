import * as vscode from 'vscode';
import { tagArticleText } from '../../../core/decisions/articleTags';
import type { Decision } from '../../../core/decisions/types';
import { taggerFor } from '../../services/workspaceTagger';
import { tagAt } from './hovers';
import { moveSpanEdge, type SpanMove } from './spanEdges';
import type { TagRefArgument } from './tagArgument';
import type { TagState } from './tagState';

type Resolve = (argument?: TagRefArgument) => Promise<{ document: vscode.TextDocument; tag: TagRefArgument } | undefined>;
type Decide = (uri: vscode.Uri, decisions: readonly Decision[]) => Promise<void>;

const IN_TAG = 'corpusCurator.inTag';
const MOVES: readonly { command: string; move: SpanMove }[] = [
  { command: 'corpusCurator.widenTagEnd', move: 'widenEnd' },
  { command: 'corpusCurator.narrowTagEnd', move: 'narrowEnd' },
  { command: 'corpusCurator.widenTagStart', move: 'widenStart' },
  { command: 'corpusCurator.narrowTagStart', move: 'narrowStart' },
];

/**
 * The commands on one mention's words and on an entity across the corpus: widen or narrow a tag
 * by a word (Shift+Alt+→/← while the cursor is in a tag; the keys keep their usual meaning
 * elsewhere), and accept or reject an entity in every article that mentions it. Keeps the
 * `corpusCurator.inTag` context key that scopes those keys.
 */
export function registerMentionCommands(state: TagState, decide: Decide, resolve: Resolve): vscode.Disposable {
  let inTag = false;
  const updateInTag = (editor: vscode.TextEditor | undefined): void => {
    const tags = editor ? state.tagsOf(editor.document)?.tags : undefined;
    const now = editor !== undefined && tags !== undefined && tagAt(tags, editor.document.offsetAt(editor.selection.active)) !== undefined;
    if (now === inTag) return;
    inTag = now;
    void vscode.commands.executeCommand('setContext', IN_TAG, now);
  };

  const resize = async (move: SpanMove): Promise<void> => {
    const target = await resolve();
    const { start, end } = target?.tag ?? {};
    if (!target || start === undefined || end === undefined) return;
    const { document, tag } = target;
    const text = document.getText();
    const moved = moveSpanEdge(text, start, end, move);
    if (!moved) return;
    const words = text.slice(moved.start, moved.end);
    // A name the engine gave (a canonical form) stays; a tag named by its own words is named by its new words.
    const name = tag.name === tag.text ? words : tag.name;
    const before = text.length;
    await decide(document.uri, [{ type: 'add', kind: tag.kind, name, text: words, mention: moved }]);
    const shift = document.getText().length - before;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === document) {
      editor.selection = new vscode.Selection(document.positionAt(moved.start + shift), document.positionAt(moved.end + shift));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  };

  /** Records a decision on the entity in every article of the corpus that mentions it. */
  const inCorpus = (type: 'accept' | 'reject') => async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (!target) return;
    const { kind, name } = target.tag;
    const folder = vscode.workspace.getWorkspaceFolder(target.document.uri);
    const files = folder ? await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{txt,md}'), '**/node_modules/**') : [target.document.uri];
    const articles = files.filter((uri) => state.isArticleUri(uri)).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    let decided = 0;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Recording the decision in every article that mentions {0}', name), cancellable: true }, async (progress, token) => {
      for (const uri of articles) {
        if (token.isCancellationRequested) break;
        const document = await vscode.workspace.openTextDocument(uri);
        const mentions = tagArticleText(document.getText(), uri.fsPath, taggerFor(uri)).tags.some((tag) => tag.kind === kind && tag.name === name);
        if (!mentions) continue;
        await decide(uri, [{ type, kind, name }]);
        decided++;
        progress.report({ message: vscode.l10n.t('{0} articles', decided), increment: 100 / articles.length });
      }
    });
    void vscode.window.setStatusBarMessage(vscode.l10n.t('{0} recorded in {1} articles', name, decided), 4000);
  };

  return vscode.Disposable.from(
    ...MOVES.map(({ command, move }) => vscode.commands.registerCommand(command, () => resize(move))),
    vscode.commands.registerCommand('corpusCurator.acceptEntityInCorpus', inCorpus('accept')),
    vscode.commands.registerCommand('corpusCurator.rejectEntityInCorpus', inCorpus('reject')),
    vscode.window.onDidChangeTextEditorSelection((event) => { updateInTag(event.textEditor); }),
    vscode.window.onDidChangeActiveTextEditor(updateInTag),
    state.onDidChange(() => { updateInTag(vscode.window.activeTextEditor); }),
  );
}

