import * as vscode from 'vscode';
import { tagArticleText } from '../../../core/curation/articleTags';
import { type EntityEdit, type EntityEditRefusal, mergeEntities, splitEntity } from '../../../core/knowledge/entityDecisionsEdit';
import { updateEntityDecisionsFile } from '../../../core/knowledge/entityDecisionsFile';
import { parseEntityDecisions } from '../../../core/knowledge/entityDecisions';
import { localEntityId } from '../../../core/knowledge/link';
import { articleIdOf } from '../../../core/metadata/articleId';
import type { CorpusEntity } from '../../../core/corpus/views';
import { currentText } from '../../edits/planEdit';
import { taggerFor, workspaceEntityDecisionsFile } from '../../services/workspaceTagger';
import type { EntitiesNode, EntitiesTreeProvider } from './entitiesTree';

/** A mention as a split records it: the article's id and the form in the text. */
interface MentionRef { article: string; text: string }

/** What a command may be given instead of asking, so that scripts and tests can run it. */
export interface MergeArguments { ids?: string[]; into?: string }
export interface SplitArguments { id?: string; mentions?: MentionRef[] }

function refusalMessage(refusal: EntityEditRefusal, detail: string | undefined): string {
  switch (refusal) {
    case 'malformed': return vscode.l10n.t('.corpus/entities.yaml has errors (see the Problems panel); fix them first. The file was not changed.');
    case 'merge-into-itself': return vscode.l10n.t('An entity cannot be merged into itself ({0}).', detail ?? '');
    case 'nothing-to-merge': return vscode.l10n.t('Select two or more entities to merge.');
    case 'split-every-mention': return vscode.l10n.t('Splitting away every mention of {0} would leave nothing behind; choose some of its mentions.', detail ?? '');
    case 'split-nothing': return vscode.l10n.t('Choose the mentions to split off.');
  }
}

function entitiesOf(item: EntitiesNode | undefined, selected: readonly EntitiesNode[] | undefined): CorpusEntity[] {
  const nodes = selected && selected.length > 0 ? selected : item ? [item] : [];
  return nodes.flatMap((node) => (node.type === 'entity' && node.entity.kind !== 'DATE' ? [node.entity] : []));
}

/** Writes an edit of the workspace's .corpus/entities.yaml, or says why it was refused. */
async function record(anyArticle: string, edit: (text: string) => EntityEdit, tree: EntitiesTreeProvider): Promise<boolean> {
  const file = workspaceEntityDecisionsFile(vscode.Uri.file(anyArticle));
  if (file === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Entity decisions are kept in a workspace folder; open the corpus as a folder.'));
    return false;
  }
  const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === file);
  if (open?.isDirty) {
    void vscode.window.showWarningMessage(vscode.l10n.t('.corpus/entities.yaml has unsaved changes; save them first so that neither is lost.'));
    return false;
  }
  let result: EntityEdit;
  try {
    result = await updateEntityDecisionsFile(file, edit);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return false;
  }
  if (!result.ok) {
    void vscode.window.showWarningMessage(refusalMessage(result.refusal, result.detail));
    return false;
  }
  tree.reloadDecisions();
  return true;
}

/** The distinct (article, form) mentions of an entity, found by tagging its articles as they are now. */
async function mentionsOf(entity: CorpusEntity): Promise<MentionRef[]> {
  const found = new Map<string, MentionRef>();
  for (const article of entity.articles) {
    const uri = vscode.Uri.file(article.path);
    const current = await currentText(uri);
    if (!('text' in current)) continue;
    for (const tag of tagArticleText(current.text, article.path, taggerFor(uri)).tags) {
      if (tag.entityId !== entity.id) continue;
      const mention = { article: articleIdOf(article.path), text: tag.text };
      found.set(`${mention.article}\u0000${mention.text}`, mention);
    }
  }
  return [...found.values()];
}

/** An id for the entity split off: a local id of the first chosen form, numbered past those in use. */
function splitId(entity: CorpusEntity, chosen: readonly MentionRef[], decisionsText: string): string {
  const base = localEntityId(entity.kind as Exclude<CorpusEntity['kind'], 'DATE'>, chosen[0]?.text ?? entity.name, 'ru');
  const used = new Set(parseEntityDecisions(decisionsText).decisions.splits.map((split) => split.to));
  let n = 2;
  while (used.has(`${base}#${String(n)}`) || `${base}#${String(n)}` === entity.id) n++;
  return `${base}#${String(n)}`;
}

export function registerEntityCommands(tree: EntitiesTreeProvider): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('corpusCurator.mergeEntities', async (item?: EntitiesNode, selected?: EntitiesNode[], args?: MergeArguments) => {
      const entities = args?.ids ? tree.entitiesWithIds(args.ids) : entitiesOf(item, selected);
      const withIds = entities.filter((entity) => entity.id !== undefined);
      if (withIds.length < 2 || withIds.length < entities.length) {
        void vscode.window.showWarningMessage(withIds.length < entities.length
          ? vscode.l10n.t('Some selected entities have no id yet; write their articles\' front matter first.')
          : refusalMessage('nothing-to-merge', undefined));
        return false;
      }
      const into = args?.into ?? (await vscode.window.showQuickPick(withIds.map((entity) => ({ label: entity.name, description: entity.id ?? '', id: entity.id ?? '' })), { placeHolder: vscode.l10n.t('Merge into which entity?') }))?.id;
      if (into === undefined) return false;
      const from = withIds.map((entity) => entity.id ?? '').filter((id) => id !== into);
      return record(withIds[0]?.articles[0]?.path ?? '', (text) => mergeEntities(text, into, from.length > 0 ? from : [into]), tree);
    }),
    vscode.commands.registerCommand('corpusCurator.splitEntity', async (item?: EntitiesNode, _selected?: EntitiesNode[], args?: SplitArguments) => {
      const entity = args?.id ? tree.entitiesWithIds([args.id])[0] : entitiesOf(item, undefined)[0];
      if (entity?.id === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Choose an entity of the Entities view to split.'));
        return false;
      }
      const all = await mentionsOf(entity);
      const chosen = args?.mentions ?? (await vscode.window.showQuickPick(
        all.map((mention) => ({ label: mention.text, description: mention.article, mention })),
        { canPickMany: true, placeHolder: vscode.l10n.t('Which mentions are another entity?') }))?.map((pick) => pick.mention);
      if (chosen === undefined) return false;
      const id = entity.id;
      return record(entity.articles[0]?.path ?? '', (text) => splitEntity(text, id, splitId(entity, chosen, text), chosen, all), tree);
    }),
  );
}

