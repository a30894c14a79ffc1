import * as vscode from 'vscode';
import type { CorpusCuratorApi } from './vscode/api';
import { registerArticleLanguage } from './vscode/features/articleLanguage/articleLanguage';
import { ArticlesTreeProvider } from './vscode/features/articles/articlesTree';
import { registerChooseCorpusFolder, registerCreateCorpusFolder, registerRevealCorpusFolder } from './vscode/features/corpusFolder/corpusFolder';
import { registerOpenArticle } from './vscode/features/articles/openArticle';
import { CorpusLocator } from './vscode/services/corpusLocator';
import { CorpusWatcher } from './vscode/services/corpusWatcher';
import { FrontMatterReadings } from './vscode/services/frontMatterReadings';
import { registerFrontMatterFolding } from './vscode/features/folding/frontMatterFolding';
import { GazetteerDiagnostics } from './vscode/features/diagnostics/gazetteerDiagnostics';
import { EntityDecisionsDiagnostics } from './vscode/features/diagnostics/entityDecisionsDiagnostics';
import { registerEntityCommands } from './vscode/features/entities/entityCommands';
import { registerCorpusViewCommands } from './vscode/features/articles/viewCommands';
import { ENTITIES_VIEW_ID, EntitiesTreeProvider } from './vscode/features/entities/entitiesTree';
import { CorpusIndexService } from './vscode/services/indexService';
import { snapshot } from './vscode/common/snapshot';
import { ArticleDiagnostics } from './vscode/features/diagnostics/articleDiagnostics';
import { registerWriteCommands } from './vscode/features/frontMatter/writeCommands';
import { registerExportCommand } from './vscode/features/formats/exportCommand';
import { registerImportCommand } from './vscode/features/formats/importCommand';
import { ArticleQuickFixes } from './vscode/features/diagnostics/quickFixes';
import { TagCodeLenses } from './vscode/features/curation/codeLenses';
import { TagDecorations } from './vscode/features/curation/decorations';
import { TagHovers } from './vscode/features/curation/hovers';
import { registerTagCommands } from './vscode/features/curation/tagCommands';
import { TagState } from './vscode/features/curation/tagState';
import { ARTICLE_LANGUAGE_ID } from './vscode/features/articleLanguage/articleLanguage';
import { registerMetadataChanges } from './vscode/features/review';
import { loadEntityModel } from './vscode/services/entityModel';

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
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
