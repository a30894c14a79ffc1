import * as vscode from 'vscode';
import { whenTrusted } from '../../common/trust';
import type { ArticleTag } from '../../../core/decisions/articleTags';
import { canonicalName } from '../../../core/tagging/gazetteer/gazetteer';
import type { SpanKind } from '../../../core/tagging/types';
import { recordDecisionsInEditor } from './recordInEditor';
import type { ParagraphRef } from './codeLenses';
import { distinctTags } from './format';
import { pickTagMovingCursor, selectTag } from './tagPick';
import { kindWithCode, kindWord } from '../../common/kindWords';
import { addToWorkspaceGazetteer } from './gazetteerFile';
import { tagAt } from './hovers';
import { registerMentionCommands } from './mentionCommands';
import { moveToPending } from './pendingTags';
import { ALL_KINDS } from './settings';
import { mentionOf, toArgument, type TagRefArgument } from './tagArgument';
import type { TagState } from './tagState';
import { gazetteerFor } from '../../services/workspaceTagger';

async function documentOf(uri: string | vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri === undefined) return vscode.window.activeTextEditor?.document;
  return vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
}

export function registerTagCommands(state: TagState, onDecided: () => void): vscode.Disposable {
  /** The tag a command acts on: its argument, else the tag under the cursor. */
  const resolve = async (argument?: TagRefArgument): Promise<{ document: vscode.TextDocument; tag: TagRefArgument } | undefined> => {
    if (argument) {
      const document = await documentOf(argument.uri);
      return document ? { document, tag: argument } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    const tags = editor ? state.tagsOf(editor.document)?.tags : undefined;
    const found = editor && tags ? tagAt(tags, editor.document.offsetAt(editor.selection.active)) : undefined;
    if (!editor || !found) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a tag first.'));
      return undefined;
    }
    return { document: editor.document, tag: toArgument(editor.document, found, 'mention') };
  };
  const decide = whenTrusted(async (uri: vscode.Uri, decisions: Parameters<typeof recordDecisionsInEditor>[1]): Promise<void> => {
    if (await recordDecisionsInEditor(uri, decisions)) onDecided();
  });
  /** Decides on a tag, then moves the cursor on to the next pending tag after it. */
  const decideAndAdvance = async (document: vscode.TextDocument, tag: TagRefArgument, decisions: Parameters<typeof recordDecisionsInEditor>[1]): Promise<void> => {
    const before = document.getText().length;
    await decide(document.uri, decisions);
    if (tag.start !== undefined && vscode.window.activeTextEditor?.document === document) await moveToPending(state, document, tag.start + document.getText().length - before);
  };

  const accept = async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (target) await decideAndAdvance(target.document, target.tag, [{ type: 'accept', kind: target.tag.kind, name: target.tag.name, ...withMention(target.tag) }]);
  };
  const reject = async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (target) await decideAndAdvance(target.document, target.tag, [{ type: 'reject', kind: target.tag.kind, name: target.tag.name, ...withMention(target.tag) }]);
  };
  /** The decision on every mention of the tag's entity in the article, whatever the argument's scope. */
  const onEntity = (run: (argument?: TagRefArgument) => Promise<void>) => async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (target) await run({ ...target.tag, scope: 'article' });
  };
  const changeKind = async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (!target) return;
    const kind = (await vscode.window.showQuickPick(kindItems(ALL_KINDS.filter((candidate) => candidate !== target.tag.kind)), { placeHolder: vscode.l10n.t('New kind for {0}', target.tag.name) }))?.code;
    if (kind) await decideAndAdvance(target.document, target.tag, [{ type: 'correct', kind: target.tag.kind, from: target.tag.name, to: target.tag.name, toKind: kind, ...withMention(target.tag) }]);
  };
  const changeCanonical = async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (!target) return;
    const lang = state.tagsOf(target.document)?.lang ?? 'und';
    const typeNew = vscode.l10n.t('$(edit) Type a new canonical name…');
    const names = gazetteerFor(target.document.uri).entries.filter((entry) => entry.kind === target.tag.kind).map((entry) => canonicalName(entry, lang));
    const picked = await vscode.window.showQuickPick([typeNew, ...[...new Set(names)].sort()], { placeHolder: vscode.l10n.t('Canonical name for {0}', target.tag.text ?? target.tag.name) });
    const to = picked === typeNew ? await vscode.window.showInputBox({ value: target.tag.name, prompt: vscode.l10n.t('Canonical name') }) : picked;
    if (to && to !== target.tag.name) await decide(target.document.uri, [{ type: 'correct', kind: target.tag.kind, from: target.tag.name, to }]);
  };
  const addToGazetteer = whenTrusted(async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (target) await addToWorkspaceGazetteer(target.document, target.tag.kind, target.tag.name, target.tag.text ?? target.tag.name, state.tagsOf(target.document)?.lang ?? 'und');
  });
  const nextMention = async (argument?: TagRefArgument): Promise<void> => {
    const target = await resolve(argument);
    if (!target) return;
    const tags = (state.tagsOf(target.document)?.tags ?? []).filter((tag) => tag.kind === target.tag.kind && tag.name === target.tag.name);
    const next = tags.find((tag) => tag.start > (target.tag.start ?? -1)) ?? tags[0];
    if (next) await select(target.document, next);
  };
  /** The tag's entity in the Entities view: its row selected and opened on its articles in every language. */
  const showInEntitiesView = async (argument?: TagRefArgument): Promise<boolean> => {
    const target = await resolve(argument);
    if (!target) return false;
    const tags = state.tagsOf(target.document)?.tags ?? [];
    const tag = (target.tag.start !== undefined ? tagAt(tags, target.tag.start) : undefined) ?? tags.find((candidate) => candidate.kind === target.tag.kind && candidate.name === target.tag.name);
    const ids = tag && tag.kind === target.tag.kind ? { ...(tag.entityId ? { entityId: tag.entityId } : {}), ...(tag.wikidata ? { wikidata: tag.wikidata } : {}) } : {};
    return vscode.commands.executeCommand<boolean>('corpusCurator.revealEntity', { kind: target.tag.kind, name: target.tag.name, ...ids });
  };

  const tagActions = async (argument: TagRefArgument): Promise<void> => {
    const actions: { label: string; run: (tag: TagRefArgument) => Promise<void> }[] = [
      { label: vscode.l10n.t('$(check) Accept'), run: accept },
      { label: vscode.l10n.t('$(close) Reject'), run: reject },
      { label: vscode.l10n.t('$(symbol-enum) Change kind…'), run: changeKind },
      { label: vscode.l10n.t('$(edit) Change canonical form…'), run: changeCanonical },
      { label: vscode.l10n.t('$(book) Add to the workspace gazetteer'), run: addToGazetteer },
      { label: vscode.l10n.t('$(arrow-down) Go to the next mention'), run: nextMention },
      { label: vscode.l10n.t('$(list-tree) Show in the Entities view'), run: async (tag) => { await showInEntitiesView(tag); } },
    ];
    const picked = await vscode.window.showQuickPick(actions, { placeHolder: `${argument.name} — ${kindWithCode(argument.kind)}` });
    if (picked) await picked.run(argument);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusCurator.acceptTag', accept),
    vscode.commands.registerCommand('corpusCurator.rejectTag', reject),
    vscode.commands.registerCommand('corpusCurator.acceptEntity', onEntity(accept)),
    vscode.commands.registerCommand('corpusCurator.rejectEntity', onEntity(reject)),
    registerMentionCommands(state, decide, resolve),
    vscode.commands.registerCommand('corpusCurator.changeTagKind', changeKind),
    vscode.commands.registerCommand('corpusCurator.changeTagCanonical', changeCanonical),
    vscode.commands.registerCommand('corpusCurator.addTagToGazetteer', addToGazetteer),
    vscode.commands.registerCommand('corpusCurator.nextMention', nextMention),
    vscode.commands.registerCommand('corpusCurator.tagActions', tagActions),
    vscode.commands.registerCommand('corpusCurator.showInEntitiesView', showInEntitiesView),
    vscode.commands.registerCommand('corpusCurator.pickParagraphTag', async (paragraph: ParagraphRef) => {
      const document = await documentOf(paragraph.uri);
      const tags = document ? distinctTags((state.tagsOf(document)?.tags ?? []).filter((tag) => tag.start >= paragraph.start && tag.end <= paragraph.end)) : [];
      if (!document || tags.length === 0) return;
      const picked = await pickTagMovingCursor(document, tags, vscode.l10n.t('Choose a tag: the cursor moves to each'));
      if (picked) await tagActions(toArgument(document, picked));
    }),
    vscode.commands.registerCommand('corpusCurator.showArticleTags', async (uri?: vscode.Uri) => {
      const document = await documentOf(uri);
      const tags = document ? distinctTags(state.tagsOf(document)?.tags ?? []) : [];
      if (!document || tags.length === 0) return;
      const picked = await pickTagMovingCursor(document, tags, vscode.l10n.t('Tags of this article'));
      if (picked) await tagActions(toArgument(document, picked));
    }),
    vscode.commands.registerCommand('corpusCurator.acceptAllTags', async (uri?: vscode.Uri) => {
      const document = await documentOf(uri);
      const pending = document ? distinctTags((state.tagsOf(document)?.tags ?? []).filter((tag) => tag.status === 'pending')) : [];
      if (document && pending.length > 0) await decide(document.uri, pending.map((tag) => ({ type: 'accept', kind: tag.kind, name: tag.name })));
    }),
    // A caller may give the kind and the canonical name; a menu's argument (a URI) is no kind, and the curator is asked.
    vscode.commands.registerCommand('corpusCurator.tagSelectionAs', async (givenKind?: unknown, givenName?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty || !state.isArticle(editor.document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the words to tag in an article first.'));
        return;
      }
      const text = editor.document.getText(editor.selection).trim();
      const kind = ALL_KINDS.find((known) => known === givenKind) ?? (await vscode.window.showQuickPick(kindItems(ALL_KINDS), { placeHolder: vscode.l10n.t('Tag “{0}” as…', text) }))?.code;
      if (!kind) return;
      const name = typeof givenName === 'string' && givenName.trim() !== '' ? givenName.trim() : await vscode.window.showInputBox({ value: text, prompt: vscode.l10n.t('Canonical name') });
      if (name) await decide(editor.document.uri, [{ type: 'add', kind, name, text }]);
    }),
    vscode.commands.registerCommand('corpusCurator.nextPendingTag', async () => { await movePending(state, 1); }),
    vscode.commands.registerCommand('corpusCurator.previousPendingTag', async () => { await movePending(state, -1); }),
  );
}

function withMention(tag: TagRefArgument): { mention?: { start: number; end: number } } {
  const mention = mentionOf(tag);
  return mention ? { mention } : {};
}

async function select(document: vscode.TextDocument, tag: ArticleTag): Promise<void> {
  await selectTag(document, tag);
}

/** Kinds to pick from, in words, with their codes beside them. */
function kindItems(kinds: readonly SpanKind[]): (vscode.QuickPickItem & { code: SpanKind })[] {
  return kinds.map((kind) => ({ label: kindWord(kind), description: kind, code: kind }));
}

/** Moves the cursor to the next (or previous) pending tag, wrapping around the article. */
async function movePending(state: TagState, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const pending = (state.tagsOf(editor.document)?.tags ?? []).filter((tag) => tag.status === 'pending');
  if (pending.length === 0) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('No pending tags in this article.'), 3000);
    return;
  }
  const offset = editor.document.offsetAt(editor.selection.active);
  const target = direction === 1
    ? pending.find((tag) => tag.start >= offset && !(tag.start === offset && !editor.selection.isEmpty)) ?? pending[0]
    : [...pending].reverse().find((tag) => tag.start < editor.document.offsetAt(editor.selection.start)) ?? pending.at(-1);
  if (target) await select(editor.document, target);
}
