import * as vscode from 'vscode';
import { ArticlesTreeProvider } from './features/articles/articlesTree';
import { CorpusLocator } from './services/corpusLocator';
import { CorpusWatcher } from './services/corpusWatcher';
import { loadEntityModel } from './services/entityModel';
import { FrontMatterReadings } from './services/frontMatterReadings';
import { CorpusIndexService } from './services/indexService';
import { WorkspaceLearning } from './services/workspaceLearning';
import { createWorkspaceTaggers } from './services/workspaceTagger';
import type { WorkspaceTaggers } from './services/workspaceTaggers';

/** What the features share: built once in `activate`, disposed with the extension. */
export interface Services {
  /** Where each workspace folder's corpus is. */
  readonly locator: CorpusLocator;
  /** File events of articles, the workspace gazetteer and the entity decisions. */
  readonly watcher: CorpusWatcher;
  /** Each open article's front matter, parsed once per version. */
  readonly readings: FrontMatterReadings;
  readonly corpusIndex: CorpusIndexService;
  /** The Articles view's rows and selection, which commands of other features act on. */
  readonly articles: ArticlesTreeProvider;
  readonly output: vscode.OutputChannel;
  /** Fires once the entity model has loaded in the background, or the workspace model changed, so open articles are tagged again. */
  readonly onDidLoadEntityModel: vscode.Event<void>;
  /** The workspace model learnt from the curator's decisions (.corpus/model/), rebuilt on a worker. */
  readonly learning: WorkspaceLearning;
  /** Each workspace folder's tagger; `onDidChange` fires when one is dropped because its files changed. */
  readonly taggers: WorkspaceTaggers;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const locator = new CorpusLocator();
  const watcher = new CorpusWatcher(locator);
  // First to hear of a changed gazetteer or entity decisions file: everyone after asks for the new tagger.
  const taggers = createWorkspaceTaggers();
  context.subscriptions.push(
    taggers,
    watcher.onDidChangeGazetteer((uri) => { taggers.invalidate(uri); }),
    // A folder removed and added again may have other files by then.
    vscode.workspace.onDidChangeWorkspaceFolders(() => { taggers.invalidate(); }),
  );
  const readings = new FrontMatterReadings();
  const corpusIndex = new CorpusIndexService(locator, context, watcher);
  const articles = new ArticlesTreeProvider(corpusIndex, context.workspaceState);
  const output = vscode.window.createOutputChannel('Corpus Curator');
  corpusIndex.onSaveFailed = (message) => { output.appendLine(message); };
  const modelLoaded = new vscode.EventEmitter<void>();
  context.subscriptions.push(locator, watcher, readings, corpusIndex, articles, output, modelLoaded);
  // Loading settles after activation returns, so every feature has subscribed by then.
  loadEntityModel(output, () => { modelLoaded.fire(); });
  // A new workspace model: open articles and the index's untagged articles are tagged again with it.
  const learning = new WorkspaceLearning(context.extensionPath, locator, output, () => { taggers.invalidate(); modelLoaded.fire(); corpusIndex.retag(); });
  context.subscriptions.push(learning, watcher.onDidChangeModel(() => { learning.modelFileChanged(); }),
    learning.onDidLearn(() => { watcher.followModelFolders(); }));
  return { locator, watcher, readings, corpusIndex, articles, output, onDidLoadEntityModel: modelLoaded.event, learning, taggers };
}
