import * as vscode from 'vscode';
import type { CorpusCuratorApi } from '../../api';
import { snapshot } from '../../common/snapshot';
import type { Services } from '../../services';
import { ENTITIES_VIEW_ID, type EntitiesNode, EntitiesTreeProvider, type EntityRef } from './entitiesTree';
import { registerEntityCommands } from './entityCommands';

/** The Entities view: the corpus's entities and dates, with merge, split and rename. */
export function activate(context: vscode.ExtensionContext, services: Services): Pick<CorpusCuratorApi, 'entitiesTree' | 'entitiesSelection'> {
  const entities = new EntitiesTreeProvider(services.corpusIndex);
  const view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: entities, showCollapseAll: true, canSelectMany: true });
  context.subscriptions.push(
    entities,
    view,
    registerEntityCommands(entities),
    vscode.commands.registerCommand('corpusCurator.revealEntity', (ref?: EntityRef) => revealEntity(view, entities, services, ref)),
  );
  return {
    entitiesTree: snapshot(entities),
    entitiesSelection: () => ({ labels: view.selection.map((row) => treeItemLabel(entities.getTreeItem(row))), visible: view.visible }),
  };
}

/**
 * Selects an entity's row in the Entities view and opens it on its articles, as *Reveal in
 * Explorer View* does for a file. Returns whether the row was found.
 */
async function revealEntity(view: vscode.TreeView<EntitiesNode>, entities: EntitiesTreeProvider, services: Services, ref: EntityRef | undefined): Promise<boolean> {
  if (!ref) return false;
  await services.corpusIndex.whenIndexed();
  const row = entities.entityRow(ref);
  if (!row) {
    void vscode.window.showInformationMessage(ref.kind === 'DATE'
      ? vscode.l10n.t('Dates are listed by period in the Entities view, not revealed one by one.')
      : vscode.l10n.t('{0} is not in the Entities view yet: the corpus index has no article with it.', ref.name));
    return false;
  }
  await view.reveal(row, { select: true, focus: true, expand: 1 });
  return true;
}

function treeItemLabel(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}
