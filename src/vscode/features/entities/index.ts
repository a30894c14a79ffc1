import * as vscode from 'vscode';
import type { CorpusCuratorApi } from '../../api';
import { snapshot } from '../../common/snapshot';
import type { Services } from '../../services';
import { ENTITIES_VIEW_ID, EntitiesTreeProvider } from './entitiesTree';
import { registerEntityCommands } from './entityCommands';

/** The Entities view: the corpus's entities and dates, with merge, split and rename. */
export function activate(context: vscode.ExtensionContext, services: Services): Pick<CorpusCuratorApi, 'entitiesTree'> {
  const entities = new EntitiesTreeProvider(services.corpusIndex);
  context.subscriptions.push(
    entities,
    vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: entities, showCollapseAll: true, canSelectMany: true }),
    registerEntityCommands(entities),
  );
  return { entitiesTree: snapshot(entities) };
}
