import * as vscode from 'vscode';
import type { CorpusCuratorApi } from './vscode/api';
import { registerArticleLanguage } from './vscode/articleLanguage';
import { ArticlesTreeProvider } from './vscode/articlesTree';
import { registerChooseCorpusFolder, registerCreateCorpusFolder, registerRevealCorpusFolder } from './vscode/commands/corpusFolder';
import { registerOpenArticle } from './vscode/commands/openArticle';
import { CorpusLocator } from './vscode/corpusLocator';
import { CorpusWatcher } from './vscode/corpusWatcher';
import { FrontMatterReadings } from './vscode/frontMatterReadings';
import { registerFrontMatterFolding } from './vscode/frontMatterFolding';
import { GazetteerDiagnostics } from './vscode/gazetteerDiagnostics';
import { EntityDecisionsDiagnostics } from './vscode/entityDecisionsDiagnostics';
import { registerEntityCommands } from './vscode/corpus/entityCommands';
import { registerCorpusViewCommands } from './vscode/corpus/viewCommands';
import { ENTITIES_VIEW_ID, EntitiesTreeProvider } from './vscode/corpus/entitiesTree';
import { CorpusIndexService } from './vscode/corpus/indexService';
import { snapshot } from './vscode/corpus/snapshot';
import { ArticleDiagnostics } from './vscode/diagnostics';
import { registerWriteCommands } from './vscode/frontMatter/writeCommands';
import { registerExportCommand } from './vscode/formats/exportCommand';
import { registerImportCommand } from './vscode/formats/importCommand';
import { ArticleQuickFixes } from './vscode/quickFixes';
import { TagCodeLenses } from './vscode/curation/codeLenses';
import { TagDecorations } from './vscode/curation/decorations';
import { TagHovers } from './vscode/curation/hovers';
import { registerTagCommands } from './vscode/curation/tagCommands';
import { TagState } from './vscode/curation/tagState';
import { ARTICLE_LANGUAGE_ID } from './vscode/articleLanguage';
import { registerMetadataChanges } from './vscode/review';
import { loadEntityModel } from './vscode/entityModel';
import { registerReviewQueue } from './vscode/reviewQueue/commands';
import { ProposeEverywhere } from './vscode/propagation/proposeEverywhere';

export function activate(context: vscode.ExtensionContext): CorpusCuratorApi {
  const locator = new CorpusLocator();
  const watcher = new CorpusWatcher(locator);
  const readings = new FrontMatterReadings();
  const corpusIndex = new CorpusIndexService(locator, context, watcher);
  const articles = new ArticlesTreeProvider(corpusIndex, context.workspaceState);
  const entities = new EntitiesTreeProvider(corpusIndex);
  const output = vscode.window.createOutputChannel('Corpus Curator');
  const tagState = new TagState(locator, watcher, readings);
  const lenses = new TagCodeLenses(tagState);
  const decorations = new TagDecorations(tagState);
  const article = { language: ARTICLE_LANGUAGE_ID };
  const review = registerMetadataChanges(locator);
  const reviewQueue = registerReviewQueue(articles, corpusIndex);
  loadEntityModel(output, () => { tagState.forgetTags(); lenses.refresh(); decorations.schedule(); });
  context.subscriptions.push(
    locator,
    watcher,
    readings,
    corpusIndex,
    articles,
    entities,
    vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: entities, showCollapseAll: true, canSelectMany: true }),
    registerEntityCommands(entities),
    new EntityDecisionsDiagnostics(watcher),
    registerCorpusViewCommands(articles, corpusIndex),
    reviewQueue.disposable,
    new ProposeEverywhere(corpusIndex),
    output,
    articles.createView(),
    new ArticleDiagnostics(locator, watcher, readings),
    new GazetteerDiagnostics(),
    vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE_ID }, new ArticleQuickFixes(readings), { providedCodeActionKinds: ArticleQuickFixes.kinds }),
    registerWriteCommands(locator, articles, output),
    registerExportCommand(locator, articles, output),
    registerImportCommand(locator, articles, output),
    tagState,
    decorations,
    vscode.languages.registerCodeLensProvider(article, lenses),
    vscode.languages.registerHoverProvider(article, new TagHovers(tagState)),
    registerTagCommands(tagState, () => { lenses.refresh(); decorations.schedule(); }),
    watcher.onDidChangeGazetteer(() => { lenses.refresh(); decorations.schedule(); }),
    vscode.languages.onDidChangeDiagnostics((event) => { if (event.uris.some((uri) => locator.rootOfArticle(uri))) lenses.refresh(); }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('corpusCurator.tags')) { lenses.refresh(); decorations.schedule(); }
    }),
    registerArticleLanguage(locator),
    registerFrontMatterFolding(),
    registerOpenArticle(articles),
    registerChooseCorpusFolder(),
    registerCreateCorpusFolder(),
    registerRevealCorpusFolder(locator),
    review.disposable,
  );
  return {
    corpusRoots: () => locator.corpusRoots,
    listArticles: async () => {
      await corpusIndex.whenIndexed();
      return articles.allArticles().map((item) => item.uri);
    },
    whenIndexed: () => corpusIndex.whenIndexed(),
    articlesViewDescription: () => articles.description,
    selectedArticles: () => articles.selection().map((item) => item.uri),
    articlesTree: snapshot(articles),
    entitiesTree: snapshot(entities),
    metadataChangesTree: async (depth) => { await review.refresh(); return review.tree(depth); },
    reviewQueue: () => reviewQueue.queue(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
