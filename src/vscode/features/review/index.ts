import * as vscode from 'vscode';
import type { CorpusCuratorApi, TreeSnapshot } from '../../api';
import { ARTICLE_LANGUAGE_ID } from '../../common/names';
import { snapshot } from '../../common/snapshot';
import type { Services } from '../../services';
import type { CorpusLocator } from '../../services/corpusLocator';
import { MetadataChangeDecorations } from './changeDecorations';
import { MetadataChangeLenses } from './changeLenses';
import { METADATA_CHANGES_VIEW_ID, MetadataChangesTree } from './changesTree';
import { comparisonLabel, registerReviewCommands } from './commands';
import { MetadataChanges } from './metadataChanges';

const STATE_CONTEXT_KEY = 'corpusCurator.metadataChangesState';

/** The Metadata Changes view, its commands and the lenses of the diff editor. */
export function registerMetadataChanges(locator: CorpusLocator): { disposable: vscode.Disposable; tree: (depth?: number) => Promise<TreeSnapshot[]>; refresh: () => Promise<void> } {
  const changes = new MetadataChanges(locator);
  const tree = new MetadataChangesTree(changes);
  const view = vscode.window.createTreeView(METADATA_CHANGES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const lenses = new MetadataChangeLenses(changes);
  const decorations = new MetadataChangeDecorations(changes);
  const update = (): void => {
    view.description = comparisonLabel(changes.comparison);
    void vscode.commands.executeCommand('setContext', STATE_CONTEXT_KEY, changes.state);
  };
  update();
  // Computed when the view is first shown, then kept current by the git extension's events.
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void changes.refresh();
  };
  if (view.visible) start();
  const disposable = vscode.Disposable.from(
    changes, tree, view, lenses, decorations,
    changes.onDidChange(update),
    view.onDidChangeVisibility((event) => { if (event.visible) start(); }),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', language: ARTICLE_LANGUAGE_ID }, lenses),
    registerReviewCommands(changes, (article) => view.reveal({ kind: 'article', article }, { expand: true, select: true, focus: false })),
  );
  return { disposable, tree: snapshot(tree), refresh: () => { started = true; return changes.refresh(); } };
}

export function activate(context: vscode.ExtensionContext, services: Services): Pick<CorpusCuratorApi, 'metadataChangesTree'> {
  const review = registerMetadataChanges(services.locator);
  context.subscriptions.push(review.disposable);
  return { metadataChangesTree: async (depth) => { await review.refresh(); return review.tree(depth); } };
}
