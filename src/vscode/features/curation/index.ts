import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE_ID } from '../../common/names';
import type { Services } from '../../services';
import { TagCodeLenses } from './codeLenses';
import { TagDecorations } from './decorations';
import { TagHovers } from './hovers';
import { registerTagCommands } from './tagCommands';
import { TagState } from './tagState';

/** Tags of the open article: lenses, hovers and decorations, and the commands that accept or correct them. */
export function activate(context: vscode.ExtensionContext, { locator, taggers, readings, onDidLoadEntityModel }: Services): undefined {
  const tagState = new TagState(locator, taggers, readings);
  const lenses = new TagCodeLenses(tagState);
  const decorations = new TagDecorations(tagState);
  const showTagsAgain = (): void => {
    lenses.refresh();
    decorations.schedule();
  };
  const article = { language: ARTICLE_LANGUAGE_ID };
  context.subscriptions.push(
    tagState,
    decorations,
    vscode.languages.registerCodeLensProvider(article, lenses),
    vscode.languages.registerHoverProvider(article, new TagHovers(tagState)),
    registerTagCommands(tagState, showTagsAgain),
    onDidLoadEntityModel(() => { tagState.forgetTags(); showTagsAgain(); }),
    taggers.onDidChange(showTagsAgain),
    vscode.languages.onDidChangeDiagnostics((event) => { if (event.uris.some((uri) => locator.rootOfArticle(uri))) lenses.refresh(); }),
    vscode.workspace.onDidChangeConfiguration((event) => { if (event.affectsConfiguration('corpusCurator.tags')) showTagsAgain(); }),
  );
  return undefined;
}
